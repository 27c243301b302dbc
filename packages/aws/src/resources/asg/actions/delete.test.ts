import { testAction } from '@c7n-ts/core/testing';
import asg from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: asg,
  valid: [{}, { force: true }],
  invalid: [{ options: { force: 'yes' }, messageId: 'schema', path: ['force'] }],
  cases: [
    {
      name: 'one call per group; a gone group counts as deleted',
      options: { force: true },
      resources: [{ AutoScalingGroupName: 'web' }, { AutoScalingGroupName: 'api' }],
      calls: [
        {
          service: 'autoscaling',
          operation: 'DeleteAutoScalingGroup',
          input: { AutoScalingGroupName: 'web', ForceDelete: true },
          resourceIds: ['web'],
          okErrors: ['ValidationError'],
        },
        { input: { AutoScalingGroupName: 'api', ForceDelete: true }, resourceIds: ['api'] },
      ],
    },
    {
      name: 'without force',
      options: {},
      resources: [{ AutoScalingGroupName: 'web' }],
      calls: [{ input: { AutoScalingGroupName: 'web', ForceDelete: false } }],
    },
  ],
});
