import { defineAction } from '@c7n-ts/core';
import { groupName } from './_processes.js';

export default defineAction({
  type: 'delete',
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      force: {
        type: 'boolean',
        description: 'True: delete the group even with instances, terminating them (ForceDelete).',
      },
    },
  } as const,
  permissions: ['autoscaling:DeleteAutoScalingGroup'],
  doc: {
    summary:
      'Delete Auto Scaling groups (DeleteAutoScalingGroup, one call per group); a group with instances needs `force`. A group already gone (ValidationError) counts as deleted.',
    example: '- type: delete\n  force: true',
  },
  reads: () => ['AutoScalingGroupName'],
  plan(asgs, opts) {
    return asgs.map((a) => ({
      service: 'autoscaling',
      operation: 'DeleteAutoScalingGroup',
      input: { AutoScalingGroupName: groupName(a), ForceDelete: opts.force ?? false },
      resourceIds: [groupName(a)],
      describe: `delete asg ${groupName(a)}${opts.force ? ' and its instances' : ''}`,
      okErrors: ['ValidationError'],
    }));
  },
});
