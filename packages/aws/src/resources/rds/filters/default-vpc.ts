import { defineFilter, type Resource } from '@c7n-ts/core';
import { DEFAULT_VPC_PERMISSIONS, defaultVpcLookup } from '../../../common/filters/default-vpc.js';

export default defineFilter({
  type: 'default-vpc',
  pure: true,
  resources: ['aws.rds'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: DEFAULT_VPC_PERMISSIONS,
  doc: {
    summary:
      "DB instances whose DB subnet group is in the region's default VPC (found with one DescribeVpcs call).",
    example: '- type: default-vpc',
  },
  reads: () => ['DBSubnetGroup'],
  compile() {
    const defaultVpc = defaultVpcLookup();
    return {
      kind: 'process',
      async process(rs, ectx) {
        const out: Resource[] = [];
        for (const r of rs) {
          const vpc = (r.DBSubnetGroup as { VpcId?: unknown } | undefined)?.VpcId;
          // c7n fails the policy on an instance without a subnet group; here it just doesn't match.
          if (typeof vpc !== 'string') continue;
          if (vpc === (await defaultVpc(ectx))) out.push(r);
        }
        return out;
      },
    };
  },
});
