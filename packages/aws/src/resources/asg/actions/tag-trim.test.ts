import { testAction } from '@c7n-ts/core/testing';
import asg from '../resource.js';
import tagTrim from './tag-trim.js';

const tags = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    Key: `k${String(i).padStart(2, '0')}`,
    Value: 'v',
    PropagateAtLaunch: false,
  }));
const where = { ResourceType: 'auto-scaling-group', ResourceId: 'full' };

testAction(tagTrim, {
  resourceType: asg,
  valid: [{}, { space: 0, preserve: ['Owner'] }],
  invalid: [{ options: { space: -1 }, messageId: 'schema', path: ['space'] }],
  cases: [
    {
      name: 'frees space slots under 50 in sorted key order, keeping preserve; groups with room untouched',
      options: { space: 2, preserve: ['k00'] },
      resources: [
        { AutoScalingGroupName: 'full', Tags: tags(50) },
        { AutoScalingGroupName: 'roomy', Tags: tags(10) },
      ],
      calls: [
        {
          service: 'autoscaling',
          operation: 'DeleteTags',
          input: {
            Tags: [
              { Key: 'k01', ...where },
              { Key: 'k02', ...where },
            ],
          },
          resourceIds: ['full'],
        },
      ],
    },
  ],
});
