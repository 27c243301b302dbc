import { defineFilter, type Resource } from '@c7n-ts/core';
import { DEFAULT_VPC_PERMISSIONS, defaultVpcLookup } from '../../../common/filters/default-vpc.js';

export default defineFilter({
  type: 'default-vpc',
  pure: true,
  resources: ['aws.app-elb-target-group'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: DEFAULT_VPC_PERMISSIONS,
  doc: {
    summary: "Target groups in the region's default VPC (found with one DescribeVpcs call).",
    example: '- type: default-vpc',
  },
  reads: () => ['VpcId'],
  compile() {
    const defaultVpc = defaultVpcLookup();
    return {
      kind: 'process',
      async process(rs, ectx) {
        const out: Resource[] = [];
        for (const r of rs) {
          // Without a VPC there is nothing to compare, and no call is made.
          if (typeof r.VpcId !== 'string' || r.VpcId === '') continue;
          if (r.VpcId === (await defaultVpc(ectx))) out.push(r);
        }
        return out;
      },
    };
  },
});
