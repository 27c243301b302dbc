import type { Volume } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';

export default defineAction({
  type: 'detach',
  resources: ['aws.ebs'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      force: {
        type: 'boolean',
        default: false,
        description:
          'Force the detachment (as after an instance failure): the instance gets no chance to flush its file system caches.',
      },
    },
  } as const,
  permissions: ['ec2:DetachVolume'],
  doc: {
    summary:
      'Detach volumes from the instances they are attached to: one DetachVolume per attachment (a multi-attach volume is detached from each instance). Unattached volumes are left alone.',
    example: '- type: detach\n  force: true',
  },
  reads: () => ['VolumeId', 'Attachments'],
  plan(resources: Volume[], opts) {
    const calls: PlannedCall[] = [];
    for (const v of resources)
      for (const a of v.Attachments ?? []) {
        const id = a.VolumeId ?? v.VolumeId;
        if (!id || !a.InstanceId) continue;
        calls.push({
          service: 'ec2',
          operation: 'DetachVolume',
          // As c7n, Force is always sent, false unless asked for.
          input: { InstanceId: a.InstanceId, VolumeId: id, Force: opts.force ?? false },
          resourceIds: [v.VolumeId ?? id],
          describe: `${opts.force ? 'force-detach' : 'detach'} ${id} from ${a.InstanceId}`,
        });
      }
    return calls;
  },
});
