import { testAction } from '@c7n-ts/core/testing';
import asg from '../resource.js';
import renameTag from './rename-tag.js';

const web = {
  AutoScalingGroupName: 'web',
  Tags: [{ Key: 'OwnerNames', Value: 'team-a', PropagateAtLaunch: true }],
  Instances: [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }],
};
const where = { ResourceId: 'web', ResourceType: 'auto-scaling-group' };

testAction(renameTag, {
  resourceType: asg,
  valid: [
    { source: 'a', dest: 'b' },
    { source: 'a', dest: 'b', propagate: false },
  ],
  invalid: [
    { options: { source: 'a' }, messageId: 'schema' },
    { options: { old_key: 'a', new_key: 'b' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'deletes then creates on the group, then renames on its instances',
      options: { source: 'OwnerNames', dest: 'OwnerName' },
      resources: [web, { AutoScalingGroupName: 'untagged', Tags: [], Instances: [] }],
      calls: [
        {
          service: 'autoscaling',
          operation: 'DeleteTags',
          input: { Tags: [{ ...where, Key: 'OwnerNames', Value: 'team-a' }] },
          resourceIds: ['web'],
        },
        {
          service: 'autoscaling',
          operation: 'CreateOrUpdateTags',
          input: { Tags: [{ ...where, PropagateAtLaunch: true, Key: 'OwnerName', Value: 'team-a' }] },
        },
        {
          service: 'ec2',
          operation: 'DeleteTags',
          input: { Resources: ['i-1', 'i-2'], Tags: [{ Key: 'OwnerNames' }] },
        },
        {
          service: 'ec2',
          operation: 'CreateTags',
          input: { Resources: ['i-1', 'i-2'], Tags: [{ Key: 'OwnerName', Value: 'team-a' }] },
        },
      ],
    },
    {
      name: 'propagate false: the group only, PropagateAtLaunch false',
      options: { source: 'OwnerNames', dest: 'OwnerName', propagate: false },
      resources: [web],
      calls: [
        { operation: 'DeleteTags' },
        { operation: 'CreateOrUpdateTags', input: { Tags: [{ ...where, PropagateAtLaunch: false }] } },
      ],
    },
  ],
});
