import type { Vpc } from '@aws-sdk/client-ec2';
import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'delete-empty',
  resources: ['aws.vpc'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:DeleteVpc'],
  doc: {
    summary:
      'Delete VPCs, one DeleteVpc each. A VPC that still holds subnets, gateways or interfaces fails with DependencyViolation (recorded for it; the others go on); one already gone counts as deleted.',
    example: '- delete-empty',
  },
  reads: () => ['VpcId'],
  plan(vpcs: Vpc[]) {
    return vpcs.flatMap((v) =>
      v.VpcId
        ? [
            {
              service: 'ec2',
              operation: 'DeleteVpc',
              input: { VpcId: v.VpcId },
              resourceIds: [v.VpcId],
              describe: `delete ${v.VpcId}`,
              okErrors: ['InvalidVpcID.NotFound'],
            },
          ]
        : [],
    );
  },
});
