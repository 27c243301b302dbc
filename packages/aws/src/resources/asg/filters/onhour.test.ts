import { testFilter } from '@c7n-ts/core/testing';
import asg from '../resource.js';
import onhour from './onhour.js';

const group = (AutoScalingGroupName: string, tag?: string) => ({
  AutoScalingGroupName,
  Tags: tag === undefined ? [] : [{ Key: 'maid_offhours', Value: tag, PropagateAtLaunch: false }],
});
const resources = [group('dev', ''), group('prod', 'off'), group('qa'), group('early', 'on=(M-F,6)')];

// Tuesday 2026-03-10 07:00 in New York (EDT): 11:00 UTC.
testFilter(onhour, {
  resourceType: asg,
  now: Date.parse('2026-03-10T11:00:00Z'),
  valid: [{ onhour: 7, default_tz: 'et' }],
  invalid: [
    { options: { onhour: 7 }, messageId: 'c7n-required' },
    { options: { onhour: 24, default_tz: 'et' }, messageId: 'schema' },
  ],
  cases: [
    { name: 'opt in', options: { onhour: 7, default_tz: 'et' }, resources, matches: ['dev'] },
    {
      name: 'opt out',
      options: { onhour: 7, default_tz: 'et', 'opt-out': true },
      resources,
      matches: ['dev', 'qa'],
    },
  ],
});
