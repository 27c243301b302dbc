import type { InternetGateway } from '@aws-sdk/client-ec2';
import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.internet-gateway'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:DeleteInternetGateway'],
  doc: {
    summary:
      'Delete internet gateways, one call each (DeleteInternetGateway). A gateway still attached to a VPC fails with DependencyViolation and the others go on; one already gone counts as deleted.',
    example: '- delete',
  },
  reads: () => ['InternetGatewayId'],
  plan(resources: InternetGateway[]) {
    return resources.flatMap((g) =>
      g.InternetGatewayId
        ? [
            {
              service: 'ec2',
              operation: 'DeleteInternetGateway',
              input: { InternetGatewayId: g.InternetGatewayId },
              resourceIds: [g.InternetGatewayId],
              describe: `delete ${g.InternetGatewayId}`,
              okErrors: ['InvalidInternetGatewayId.NotFound'],
            },
          ]
        : [],
    );
  },
});
