import { testFilter } from '@c7n-ts/core/testing';
import clusters from '../resource.js';
import onhour from './onhour.js';

const cluster = (id: string, tag?: string) => ({
  ClusterIdentifier: id,
  Tags: tag === undefined ? [] : [{ Key: 'maid_offhours', Value: tag }],
});
const resources = [cluster('dev', ''), cluster('prod', 'off'), cluster('qa'), cluster('late', 'on=(M-F,9)')];

// Tuesday 2026-03-10 at 7:00 in New York (EDT): 2026-03-10T11:00:00Z.
testFilter(onhour, {
  resourceType: clusters,
  now: Date.parse('2026-03-10T11:00:00Z'),
  valid: [
    { onhour: 7, default_tz: 'et' },
    { onhour: 7, default_tz: 'et', tag: 'Schedule', weekends: false },
  ],
  invalid: [
    // c7n's base filter requires both in the mapping form: a warning.
    { options: { default_tz: 'et' }, messageId: 'c7n-required' },
    { options: { onhour: 7 }, messageId: 'c7n-required' },
    { options: { onhour: 7, default_tz: 'et', offhour: 3 }, messageId: 'schema' },
  ],
  cases: [
    { name: 'opt in: the tagged one', options: { onhour: 7, default_tz: 'et' }, resources, matches: ['dev'] },
    {
      name: 'opt out: untagged too, off opts out',
      options: { onhour: 7, default_tz: 'et', 'opt-out': true },
      resources,
      matches: ['dev', 'qa'],
    },
    {
      name: 'skip-days',
      options: { onhour: 7, default_tz: 'et', 'skip-days': ['2026-03-10'] },
      resources,
      matches: [],
    },
  ],
});
