import { testFilter } from '@c7n-ts/core/testing';
import asg from '../resource.js';
import capacityDelta from './capacity-delta.js';

const group = (name: string, instances: number, DesiredCapacity: number, MinSize: number) => ({
  AutoScalingGroupName: name,
  Instances: Array.from({ length: instances }, (_, n) => ({ InstanceId: `i-${name}-${n}` })),
  DesiredCapacity,
  MinSize,
});

testFilter(capacityDelta, {
  resourceType: asg,
  valid: [{}],
  invalid: [{ options: { days: 1 }, messageId: 'schema' }],
  cases: [
    {
      name: 'fewer instances than desired or than the minimum',
      options: {},
      resources: [group('short', 1, 2, 1), group('below-min', 1, 1, 2), group('full', 2, 2, 1)],
      matches: ['short', 'below-min'],
    },
  ],
});
