import type { Vpc } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';

/** Policy key -> ModifyVpcAttribute member, in c7n's order. */
const ATTRIBUTES = [
  ['dnshostnames', 'EnableDnsHostnames'],
  ['dnssupport', 'EnableDnsSupport'],
  ['addressusage', 'EnableNetworkAddressUsageMetrics'],
] as const;

export default defineAction({
  type: 'modify',
  resources: ['aws.vpc'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      dnshostnames: { type: 'boolean', description: 'Give instances public DNS hostnames.' },
      dnssupport: { type: 'boolean', description: 'Resolve with the Amazon DNS server.' },
      addressusage: { type: 'boolean', description: 'Publish Network Address Usage metrics.' },
    },
  } as const,
  permissions: ['ec2:ModifyVpcAttribute'],
  doc: {
    summary:
      'Set VPC DNS and address usage attributes: ModifyVpcAttribute takes one attribute per call, so one call per attribute given and VPC, attribute by attribute.',
    example: '- type: modify\n  dnshostnames: true\n  dnssupport: true',
  },
  reads: () => ['VpcId'],
  plan(vpcs: Vpc[], opts) {
    const calls: PlannedCall[] = [];
    for (const [key, member] of ATTRIBUTES) {
      const value = opts[key];
      if (value === undefined) continue;
      for (const v of vpcs)
        if (v.VpcId)
          calls.push({
            service: 'ec2',
            operation: 'ModifyVpcAttribute',
            input: { VpcId: v.VpcId, [member]: { Value: value } },
            resourceIds: [v.VpcId],
            describe: `set ${member} ${value} on ${v.VpcId}`,
            // Each attribute is its own change: one failing does not hold back the next.
            independent: true,
          });
    }
    return calls;
  },
});
