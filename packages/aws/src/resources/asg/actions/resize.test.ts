import { testAction } from '@c7n-ts/core/testing';
import asg from '../resource.js';
import resize from './resize.js';

const web = {
  AutoScalingGroupName: 'web',
  Instances: [{ InstanceId: 'i-1' }],
  MinSize: 2,
  MaxSize: 4,
  DesiredCapacity: 3,
  Tags: [{ Key: 'OffHoursPrevious', Value: 'MinSize=1;MaxSize=5;DesiredCapacity=2;Other=9' }],
};

testAction(resize, {
  resourceType: asg,
  valid: [{ 'desired-size': 'current' }, { desired_size: 0 }, { 'restore-options-tag': 'T' }],
  invalid: [
    { options: { 'desired-size': 'all' }, messageId: 'schema' },
    { options: { 'min-size': -1 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'current: desired and minimum down to the instance count',
      options: { 'desired-size': 'current' },
      resources: [web],
      calls: [
        {
          service: 'autoscaling',
          operation: 'UpdateAutoScalingGroup',
          input: { AutoScalingGroupName: 'web', DesiredCapacity: 1, MinSize: 1 },
          resourceIds: ['web'],
        },
      ],
    },
    {
      name: 'fixed sizes, saved to a tag first',
      options: { 'min-size': 0, 'max-size': 2, desired_size: 0, 'save-options-tag': 'OffHoursPrevious' },
      resources: [web],
      calls: [
        {
          operation: 'CreateOrUpdateTags',
          input: {
            Tags: [
              {
                Key: 'OffHoursPrevious',
                PropagateAtLaunch: false,
                Value: 'MinSize=2;MaxSize=4;DesiredCapacity=3',
                ResourceId: 'web',
                ResourceType: 'auto-scaling-group',
              },
            ],
          },
        },
        {
          operation: 'UpdateAutoScalingGroup',
          input: { AutoScalingGroupName: 'web', MinSize: 0, DesiredCapacity: 0 },
        },
      ],
    },
    {
      name: 'restored from the tag; a group without it is left alone',
      options: { 'restore-options-tag': 'OffHoursPrevious', 'min-size': 7 },
      resources: [web, { ...web, AutoScalingGroupName: 'api', Tags: [] }],
      calls: [
        {
          operation: 'UpdateAutoScalingGroup',
          input: { AutoScalingGroupName: 'web', MinSize: 1, MaxSize: 5, DesiredCapacity: 2 },
        },
      ],
    },
  ],
});
