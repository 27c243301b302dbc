import { testAction } from '@c7n-ts/core/testing';
import asg from '../resource.js';
import { ASG_PROCESSES } from './_processes.js';
import resume from './resume.js';

const group = (name: string, suspended: boolean, ids: string[]) => ({
  AutoScalingGroupName: name,
  SuspendedProcesses: suspended ? [{ ProcessName: 'Launch' }] : [],
  Instances: ids.map((InstanceId) => ({ InstanceId })),
});

testAction(resume, {
  resourceType: asg,
  valid: [{}, { delay: 0.1, exclude: ['Launch'] }],
  invalid: [{ options: { delay: 'soon' }, messageId: 'schema', path: ['delay'] }],
  cases: [
    {
      name: 'suspended groups only: all starts, one pause, then the processes',
      options: { delay: 0.5, exclude: ['Launch'] },
      resources: [group('a', true, ['i-1']), group('b', false, ['i-2']), group('c', true, [])],
      calls: [
        { service: 'ec2', operation: 'StartInstances', input: { InstanceIds: ['i-1'] }, resourceIds: ['a'] },
        {
          service: 'autoscaling',
          operation: 'ResumeProcesses',
          input: { ScalingProcesses: ASG_PROCESSES.slice(1), AutoScalingGroupName: 'a' },
          resourceIds: ['a'],
          pauseMs: 500,
          independent: true,
        },
        { operation: 'ResumeProcesses', resourceIds: ['c'] },
      ],
    },
  ],
});
