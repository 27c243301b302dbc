import { testAction } from '@c7n-ts/core/testing';
import asg from '../resource.js';
import removeTag from './remove-tag.js';

const where = { ResourceType: 'auto-scaling-group', ResourceId: 'web' };

testAction(removeTag, {
  resourceType: asg,
  valid: [{}, { key: 'Owner' }, { tags: ['a', 'b'] }, { tags: [], key: 'Owner' }],
  invalid: [
    { options: { tags: 'a' }, messageId: 'schema' },
    { options: { keys: ['a'] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'tags: one DeleteTags per group naming each key',
      options: { tags: ['a', 'b'], key: 'ignored' },
      resources: [{ AutoScalingGroupName: 'web' }],
      calls: [
        {
          service: 'autoscaling',
          operation: 'DeleteTags',
          input: {
            Tags: [
              { Key: 'a', ...where },
              { Key: 'b', ...where },
            ],
          },
          resourceIds: ['web'],
        },
      ],
    },
    {
      name: 'key when tags is empty',
      options: { tags: [], key: 'UnnecessaryTag' },
      resources: [{ AutoScalingGroupName: 'web' }],
      calls: [{ input: { Tags: [{ Key: 'UnnecessaryTag', ...where }] } }],
    },
    {
      name: 'neither: the maid_status mark',
      options: {},
      resources: [{ AutoScalingGroupName: 'web' }],
      calls: [{ input: { Tags: [{ Key: 'maid_status', ...where }] } }],
    },
  ],
});
