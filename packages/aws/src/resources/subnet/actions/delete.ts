import type { Subnet } from '@aws-sdk/client-ec2';
import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.subnet'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:DeleteSubnet'],
  doc: {
    summary:
      'Delete subnets, one DeleteSubnet each. A subnet still in use fails with DependencyViolation (recorded for it; the others go on).',
    example: '- delete',
  },
  reads: () => ['SubnetId'],
  plan(subnets: Subnet[]) {
    return subnets.flatMap((s) =>
      s.SubnetId
        ? [
            {
              service: 'ec2',
              operation: 'DeleteSubnet',
              input: { SubnetId: s.SubnetId },
              resourceIds: [s.SubnetId],
              describe: `delete ${s.SubnetId}`,
            },
          ]
        : [],
    );
  },
});
