import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { ASG_PROCESSES, groupName, instanceIdsOf, processesBut } from './_processes.js';

export default defineAction({
  type: 'suspend',
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      exclude: {
        type: 'array',
        items: { enum: [...ASG_PROCESSES] },
        description: 'Scaling processes not to suspend.',
      },
      force: {
        type: 'boolean',
        description: "True: turn off each instance's stop protection (DisableApiStop) before stopping it.",
      },
    },
  } as const,
  permissions: (opts) => [
    'autoscaling:SuspendProcesses',
    'ec2:StopInstances',
    ...(opts.force ? ['ec2:ModifyInstanceAttribute'] : []),
  ],
  doc: {
    summary:
      "Suspend an Auto Scaling group's scaling processes (SuspendProcesses), then stop its instances (StopInstances). A group that is gone (ValidationError) is skipped; instances that cannot be stopped are logged, as in Cloud Custodian.",
    example: '- type: suspend\n  force: true',
  },
  reads: () => ['AutoScalingGroupName', 'Instances'],
  plan(asgs, opts) {
    const calls: PlannedCall[] = [];
    const processes = processesBut(opts.exclude);
    for (const a of asgs) {
      const name = groupName(a);
      calls.push({
        service: 'autoscaling',
        operation: 'SuspendProcesses',
        input: { ScalingProcesses: processes, AutoScalingGroupName: name },
        resourceIds: [name],
        describe: `suspend the scaling processes of ${name}`,
        okErrors: ['ValidationError'],
      });
      const ids = instanceIdsOf(a);
      if (!ids.length) continue;
      if (opts.force)
        for (const id of ids)
          calls.push({
            service: 'ec2',
            operation: 'ModifyInstanceAttribute',
            input: { InstanceId: id, Attribute: 'disableApiStop', Value: 'false' },
            resourceIds: [name],
            describe: `turn off stop protection of ${id} (asg ${name})`,
          });
      calls.push({
        service: 'ec2',
        operation: 'StopInstances',
        input: { InstanceIds: ids },
        resourceIds: [name],
        describe: `stop the ${ids.length} instance(s) of ${name}`,
        okErrors: ['UnsupportedOperation', 'InvalidInstanceID.NotFound', 'IncorrectInstanceState'],
      });
    }
    return calls;
  },
});
