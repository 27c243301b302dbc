import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { ASG_PROCESSES, groupName, instanceIdsOf, processesBut } from './_processes.js';

export default defineAction({
  type: 'resume',
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      exclude: {
        type: 'array',
        items: { enum: [...ASG_PROCESSES] },
        description: 'Scaling processes not to resume.',
      },
      delay: {
        type: 'number',
        description:
          'Seconds to wait between starting the instances and resuming the processes, a grace period before health checks; default 30.',
      },
    },
  } as const,
  permissions: ['autoscaling:ResumeProcesses', 'ec2:StartInstances'],
  doc: {
    summary:
      "Resume suspended Auto Scaling groups (those with SuspendedProcesses): start every group's instances (StartInstances), wait `delay` seconds, then resume the scaling processes (ResumeProcesses). A group whose instances fail to start is still resumed, as in Cloud Custodian.",
    example: '- type: resume\n  delay: 300',
  },
  reads: () => ['AutoScalingGroupName', 'Instances', 'SuspendedProcesses'],
  plan(asgs, opts) {
    const suspended = asgs.filter((a) => Array.isArray(a.SuspendedProcesses) && a.SuspendedProcesses.length);
    const calls: PlannedCall[] = [];
    for (const a of suspended) {
      const ids = instanceIdsOf(a);
      if (!ids.length) continue;
      calls.push({
        service: 'ec2',
        operation: 'StartInstances',
        input: { InstanceIds: ids },
        resourceIds: [groupName(a)],
        describe: `start the ${ids.length} instance(s) of ${groupName(a)}`,
      });
    }
    const processes = processesBut(opts.exclude);
    suspended.forEach((a, n) => {
      const name = groupName(a);
      calls.push({
        service: 'autoscaling',
        operation: 'ResumeProcesses',
        input: { ScalingProcesses: processes, AutoScalingGroupName: name },
        resourceIds: [name],
        describe: `resume the scaling processes of ${name}`,
        // c7n sleeps once, after all the starts, whatever they gave.
        ...(n === 0 ? { pauseMs: Math.round((opts.delay ?? 30) * 1000) } : {}),
        independent: true,
      });
    });
    return calls;
  },
});
