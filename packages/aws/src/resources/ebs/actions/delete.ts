import type { Volume } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.ebs'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      force: {
        type: 'boolean',
        default: false,
        description:
          'Force-detach attached volumes first. The root volume of a running instance cannot be detached, so its delete fails.',
      },
    },
  } as const,
  permissions: (opts) => [
    'ec2:DeleteVolume',
    ...(opts.force ? ['ec2:DetachVolume', 'ec2:DescribeVolumes'] : []),
  ],
  doc: {
    summary:
      'Delete volumes, one call each. Attached volumes fail to delete unless `force` detaches them first (then waits, polling DescribeVolumes, until each is available); a volume already gone counts as deleted.',
    example: '- type: delete\n  force: true',
  },
  reads: () => ['VolumeId', 'Attachments'],
  plan(resources: Volume[], opts) {
    const calls: PlannedCall[] = [];
    for (const v of resources) {
      const id = v.VolumeId;
      if (!id) continue;
      const detach = opts.force && (v.Attachments ?? []).length > 0;
      if (detach)
        // As c7n, wait for the volume to become available (below) before deleting it.
        calls.push({
          service: 'ec2',
          operation: 'DetachVolume',
          input: { VolumeId: id, Force: true },
          resourceIds: [id],
          describe: `force-detach ${id}`,
          okErrors: ['InvalidVolume.NotFound'],
        });
      calls.push({
        service: 'ec2',
        operation: 'DeleteVolume',
        input: { VolumeId: id },
        resourceIds: [id],
        describe: detach ? `delete ${id} (detached first)` : `delete ${id}`,
        okErrors: ['InvalidVolume.NotFound'],
        // A detach takes a while; deleting before it ends fails with VolumeInUse.
        ...(detach && {
          waitFor: {
            service: 'ec2',
            operation: 'DescribeVolumes',
            input: { VolumeIds: [id] },
            ready: (out: unknown) =>
              ((out as { Volumes?: { State?: string }[] }).Volumes ?? []).every(
                (x) => x.State === 'available',
              ),
            describe: `${id} to become available`,
          },
        }),
      });
    }
    return calls;
  },
});
