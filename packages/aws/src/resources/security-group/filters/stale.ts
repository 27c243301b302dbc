import { defineFilter, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';

const list = (x: unknown): Record<string, unknown>[] => (Array.isArray(x) ? x : []);

export default defineFilter({
  type: 'stale',
  resources: ['aws.security-group'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:DescribeStaleSecurityGroups'],
  doc: {
    summary:
      'VPC security groups with stale rules: rules referencing a group in a peered VPC that was deleted, or whose peering connection was deleted. EC2 is asked once per VPC of the groups (EC2-Classic groups never match). The stale rules are recorded in `MatchedIpPermissions` and `MatchedIpPermissionsEgress`, as AWS reports them, for `remove-permissions`.',
    example: '- stale',
  },
  reads: () => ['GroupId', 'VpcId'],
  compile: () => ({
    kind: 'process',
    async process(rs, ctx) {
      const p = awsProvider(ctx);
      const region = ctx.region ?? p.regions[0] ?? 'us-east-1';
      const byId = new Map(rs.map((r) => [String(r.GroupId), r]));
      const vpcs = [...new Set(rs.flatMap((r) => (typeof r.VpcId === 'string' ? [r.VpcId] : [])))];
      const out = new Set<Resource>();
      for (const VpcId of vpcs) {
        // c7n reads only the first page; following NextToken adds no call when AWS answers in one.
        let token: unknown;
        do {
          const page = await p.send(
            'ec2',
            'DescribeStaleSecurityGroups',
            token ? { VpcId, NextToken: token } : { VpcId },
            region,
          );
          for (const s of list(page.StaleSecurityGroupSet)) {
            const r = byId.get(String(s.GroupId));
            if (!r || out.has(r)) continue;
            // As in c7n: the annotation replaces any earlier ingress/egress match, and is set
            // (possibly empty) only when AWS returned the list.
            if ('StaleIpPermissions' in s) r.MatchedIpPermissions = s.StaleIpPermissions;
            if ('StaleIpPermissionsEgress' in s) r.MatchedIpPermissionsEgress = s.StaleIpPermissionsEgress;
            out.add(r);
          }
          token = page.NextToken;
        } while (token);
      }
      return [...out];
    },
  }),
});
