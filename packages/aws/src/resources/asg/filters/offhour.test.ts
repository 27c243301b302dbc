import { testFilter } from '@c7n-ts/core/testing';
import asg from '../resource.js';
import offhour from './offhour.js';

const group = (AutoScalingGroupName: string, tag?: string) => ({
  AutoScalingGroupName,
  Tags: tag === undefined ? [] : [{ Key: 'maid_offhours', Value: tag, PropagateAtLaunch: false }],
});
const resources = [group('dev', ''), group('prod', 'off'), group('qa'), group('late', 'off=(M-F,21)')];

// Tuesday 2026-03-10 19:00 in New York (EDT): 23:00 UTC.
testFilter(offhour, {
  resourceType: asg,
  now: Date.parse('2026-03-10T23:00:00Z'),
  valid: [
    { offhour: 19, default_tz: 'et' },
    { offhour: 19, default_tz: 'et', tag: 'Schedule', weekends: false },
  ],
  invalid: [
    // c7n's base filter requires both in the mapping form: a warning.
    { options: { default_tz: 'et' }, messageId: 'c7n-required' },
    { options: { offhour: 19, default_tz: 'et', 'state-filter': false }, messageId: 'schema' },
  ],
  cases: [
    { name: 'opt in', options: { offhour: 19, default_tz: 'et' }, resources, matches: ['dev'] },
    {
      name: 'opt out: untagged too, off opts out',
      options: { offhour: 19, default_tz: 'et', 'opt-out': true },
      resources,
      matches: ['dev', 'qa'],
    },
  ],
});
