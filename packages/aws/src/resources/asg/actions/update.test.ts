import { testAction } from '@c7n-ts/core/testing';
import asg from '../resource.js';
import update from './update.js';

testAction(update, {
  resourceType: asg,
  valid: [{ 'default-cooldown': 600 }, { 'max-instance-lifetime': 0 }, { 'capacity-rebalance': true }],
  invalid: [
    { options: {}, messageId: 'no-setting' },
    { options: { 'max-instance-lifetime': 3600 }, messageId: 'schema' },
    { options: { cooldown: 1 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'the given settings, one call per group',
      options: {
        'default-cooldown': 600,
        'max-instance-lifetime': 604800,
        'new-instances-protected-from-scale-in': true,
        'capacity-rebalance': false,
      },
      resources: [{ AutoScalingGroupName: 'web' }],
      calls: [
        {
          service: 'autoscaling',
          operation: 'UpdateAutoScalingGroup',
          input: {
            AutoScalingGroupName: 'web',
            DefaultCooldown: 600,
            MaxInstanceLifetime: 604800,
            NewInstancesProtectedFromScaleIn: true,
            CapacityRebalance: false,
          },
          resourceIds: ['web'],
        },
      ],
    },
  ],
});
