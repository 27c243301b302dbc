import { testFilter } from '@c7n-ts/core/testing';
import clusters from '../resource.js';
import offhour from './offhour.js';

const cluster = (id: string, tag?: string) => ({
  ClusterIdentifier: id,
  Tags: tag === undefined ? [] : [{ Key: 'maid_offhours', Value: tag }],
});
const resources = [
  cluster('dev', ''),
  cluster('prod', 'off'),
  cluster('qa'),
  cluster('late', 'off=(M-F,21)'),
];

// Tuesday 2026-03-10 at 19:00 in New York (EDT): 2026-03-10T23:00:00Z.
testFilter(offhour, {
  resourceType: clusters,
  now: Date.parse('2026-03-10T23:00:00Z'),
  valid: [
    { offhour: 19, default_tz: 'et' },
    { offhour: 19, default_tz: 'et', tag: 'Schedule', weekends: false },
  ],
  invalid: [
    // c7n's base filter requires both in the mapping form: a warning.
    { options: { default_tz: 'et' }, messageId: 'c7n-required' },
    { options: { offhour: 19 }, messageId: 'c7n-required' },
    { options: { offhour: 19, default_tz: 'et', onhour: 3 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'opt in: the tagged one',
      options: { offhour: 19, default_tz: 'et' },
      resources,
      matches: ['dev'],
    },
    {
      name: 'opt out: untagged too, off opts out',
      options: { offhour: 19, default_tz: 'et', 'opt-out': true },
      resources,
      matches: ['dev', 'qa'],
    },
    {
      name: 'skip-days',
      options: { offhour: 19, default_tz: 'et', 'skip-days': ['2026-03-10'] },
      resources,
      matches: [],
    },
  ],
});
