import { testAction } from '@c7n-ts/core/testing';
import asg from '../resource.js';
import { ASG_PROCESSES } from './_processes.js';
import suspend from './suspend.js';

const web = { AutoScalingGroupName: 'web', Instances: [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }] };

testAction(suspend, {
  resourceType: asg,
  valid: [{}, { force: true, exclude: ['Launch'] }],
  invalid: [{ options: { exclude: ['Launching'] }, messageId: 'schema' }],
  cases: [
    {
      name: 'suspends the processes, then stops the instances',
      options: { exclude: ['Launch', 'Terminate'] },
      resources: [web, { AutoScalingGroupName: 'empty', Instances: [] }],
      calls: [
        {
          service: 'autoscaling',
          operation: 'SuspendProcesses',
          input: { ScalingProcesses: ASG_PROCESSES.slice(2), AutoScalingGroupName: 'web' },
          resourceIds: ['web'],
          okErrors: ['ValidationError'],
        },
        {
          service: 'ec2',
          operation: 'StopInstances',
          input: { InstanceIds: ['i-1', 'i-2'] },
          resourceIds: ['web'],
        },
        { operation: 'SuspendProcesses', resourceIds: ['empty'] },
      ],
    },
    {
      name: 'force turns off stop protection of each instance first',
      options: { force: true },
      resources: [web],
      calls: [
        {
          operation: 'SuspendProcesses',
          input: { ScalingProcesses: [...ASG_PROCESSES], AutoScalingGroupName: 'web' },
        },
        {
          operation: 'ModifyInstanceAttribute',
          input: { InstanceId: 'i-1', Attribute: 'disableApiStop', Value: 'false' },
        },
        { operation: 'ModifyInstanceAttribute', input: { InstanceId: 'i-2' } },
        { operation: 'StopInstances' },
      ],
    },
  ],
});
