import { defineFilter, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

const ANNOTATION = 'c7n:attributes';
/** Policy key -> DescribeVpcAttribute attribute, in c7n's order. */
const ATTRIBUTES = [
  ['dnshostnames', 'enableDnsHostnames'],
  ['dnssupport', 'enableDnsSupport'],
  ['addressusage', 'enableNetworkAddressUsageMetrics'],
] as const;

export default defineFilter({
  type: 'vpc-attributes',
  resources: ['aws.vpc'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      dnshostnames: { type: 'boolean', description: 'Whether instances get public DNS hostnames.' },
      dnssupport: { type: 'boolean', description: 'Whether the Amazon DNS server resolves.' },
      addressusage: { type: 'boolean', description: 'Whether Network Address Usage metrics are enabled.' },
    },
  } as const,
  permissions: ['ec2:DescribeVpcAttribute'],
  doc: {
    summary:
      'VPCs by their DNS and address usage attributes: one DescribeVpcAttribute per VPC and attribute given, stopping at the first that differs. The values read are kept in c7n:attributes.',
    example: '- type: vpc-attributes\n  dnshostnames: true',
  },
  reads: () => ['VpcId'],
  compile: (opts) => ({
    kind: 'process',
    async process(vpcs, ctx) {
      const p = providerOf(ctx);
      const region = regionOf(ctx, p);
      const out: Resource[] = [];
      for (const vpc of vpcs) {
        let found = true;
        for (const [key, attribute] of ATTRIBUTES) {
          if (!(key in opts)) continue;
          const answer = await p.send(
            'ec2',
            'DescribeVpcAttribute',
            { VpcId: vpc.VpcId, Attribute: attribute },
            region,
          );
          const member = `${attribute[0]?.toUpperCase()}${attribute.slice(1)}`;
          const value = (answer[member] as { Value?: boolean } | undefined)?.Value;
          vpc[ANNOTATION] = { ...((vpc[ANNOTATION] as object | undefined) ?? {}), [key]: value };
          if (opts[key] !== value) {
            found = false;
            break;
          }
        }
        if (found) out.push(vpc);
      }
      return out;
    },
  }),
});
