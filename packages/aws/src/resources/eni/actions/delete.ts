import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.eni'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:DeleteNetworkInterface'],
  doc: {
    summary:
      'Delete network interfaces, one DeleteNetworkInterface call each; an interface already gone counts as deleted.',
    example: '- delete',
  },
  reads: () => ['NetworkInterfaceId'],
  plan(enis: NetworkInterface[]) {
    return enis.flatMap((e) =>
      e.NetworkInterfaceId
        ? [
            {
              service: 'ec2',
              operation: 'DeleteNetworkInterface',
              input: { NetworkInterfaceId: e.NetworkInterfaceId },
              resourceIds: [e.NetworkInterfaceId],
              describe: `delete ${e.NetworkInterfaceId}`,
              okErrors: ['InvalidNetworkInterfaceID.NotFound'],
            },
          ]
        : [],
    );
  },
});
