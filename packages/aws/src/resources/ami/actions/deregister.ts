import type { Image } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';

export default defineAction({
  type: 'deregister',
  resources: ['aws.ami'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'delete-snapshots': {
        type: 'boolean',
        default: false,
        description:
          "Also delete the EBS snapshots behind the image's block devices once it is deregistered.",
      },
    },
  } as const,
  permissions: (opts) => ['ec2:DeregisterImage', ...(opts['delete-snapshots'] ? ['ec2:DeleteSnapshot'] : [])],
  doc: {
    summary:
      "Deregister images this account owns (images shared from other accounts are skipped), and with `delete-snapshots` delete each image's EBS snapshots right after it.",
    example: '- type: deregister\n  delete-snapshots: true',
  },
  reads: () => ['ImageId', 'OwnerId', 'BlockDeviceMappings'],
  plan(resources: Image[], opts, ctx) {
    // As c7n: only owned images (when the account is known); others cannot be deregistered.
    const owned = ctx.accountId ? resources.filter((i) => i.OwnerId === ctx.accountId) : resources;
    if (owned.length < resources.length)
      ctx.log?.(
        'info',
        `deregister: skipped ${resources.length - owned.length} image(s) owned by other accounts`,
      );
    const calls: PlannedCall[] = [];
    for (const image of owned) {
      const id = image.ImageId;
      if (!id) continue;
      calls.push({
        service: 'ec2',
        operation: 'DeregisterImage',
        input: { ImageId: id },
        resourceIds: [id],
        describe: `deregister ${id}`,
      });
      if (!opts['delete-snapshots']) continue;
      for (const bd of image.BlockDeviceMappings ?? []) {
        const snap = bd.Ebs?.SnapshotId;
        if (!snap) continue;
        calls.push({
          service: 'ec2',
          operation: 'DeleteSnapshot',
          input: { SnapshotId: snap },
          resourceIds: [id],
          describe: `delete snapshot ${snap} of ${id}`,
          // c7n skips a snapshot another image still uses.
          okErrors: ['InvalidSnapshot.InUse', 'InvalidSnapshot.NotFound'],
        });
      }
    }
    return calls;
  },
});
