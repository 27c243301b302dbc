import { testFilter } from '@c7n-ts/core/testing';
import { groups, provider } from '../__fixtures__/launch/groups.js';
import asg from '../resource.js';
import scalingPolicy from './scaling-policy.js';

testFilter(scalingPolicy, {
  resourceType: asg,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [{ key: 'PolicyType', value: 'TargetTrackingScaling' }],
  invalid: [{ options: { key: 'PolicyType', value: 'x', policies: [] }, messageId: 'schema' }],
  cases: [
    {
      name: 'groups with a matching policy',
      options: { key: 'PolicyType', value: 'TargetTrackingScaling' },
      resources: groups(),
      matches: ['web'],
    },
    {
      name: 'any policy',
      options: { key: 'Enabled', value: true },
      resources: groups(),
      matches: ['web', 'batch'],
    },
  ],
});
