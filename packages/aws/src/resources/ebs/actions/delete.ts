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
      'Delete volumes, one call each. Attached volumes fail to delete unless `force` detaches them first; a volume already gone counts as deleted.',
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
        // c7n then waits (volume_available waiter) before deleting; see the report on waits.
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
      });
    }
    return calls;
  },
});
