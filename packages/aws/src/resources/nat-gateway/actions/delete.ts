import type { NatGateway } from '@aws-sdk/client-ec2';
import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.nat-gateway'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:DeleteNatGateway'],
  doc: {
    summary: 'Delete NAT gateways, one call each (DeleteNatGateway).',
    example: '- delete',
  },
  reads: () => ['NatGatewayId'],
  plan(resources: NatGateway[]) {
    return resources.flatMap((g) =>
      g.NatGatewayId
        ? [
            {
              service: 'ec2',
              operation: 'DeleteNatGateway',
              input: { NatGatewayId: g.NatGatewayId },
              resourceIds: [g.NatGatewayId],
              describe: `delete ${g.NatGatewayId}`,
            },
          ]
        : [],
    );
  },
});
