import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'detach',
  resources: ['aws.eni'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:DetachNetworkInterface'],
  doc: {
    summary:
      "Detach network interfaces from their instances (DetachNetworkInterface by attachment id). As in Cloud Custodian, only interfaces attached to an instance at a device index other than 0 are detached: an instance's primary interface cannot be; the others are skipped with a warning.",
    example: '- detach',
  },
  reads: () => ['NetworkInterfaceId', 'Attachment'],
  plan(enis: NetworkInterface[], _opts, ctx) {
    const detachable = enis.filter(
      (e) => e.Attachment?.InstanceId && e.Attachment.DeviceIndex !== 0 && e.Attachment.AttachmentId,
    );
    if (!detachable.length)
      ctx.log?.('warn', 'detach: no non-primary instance interfaces among the resources');
    else if (detachable.length < enis.length)
      ctx.log?.(
        'warn',
        `detach: ${detachable.length} of ${enis.length} interfaces are non-primary instance interfaces`,
      );
    return detachable.map((e) => ({
      service: 'ec2',
      operation: 'DetachNetworkInterface',
      input: { AttachmentId: e.Attachment?.AttachmentId },
      resourceIds: [String(e.NetworkInterfaceId)],
      describe: `detach ${e.NetworkInterfaceId} from ${e.Attachment?.InstanceId}`,
    }));
  },
});
