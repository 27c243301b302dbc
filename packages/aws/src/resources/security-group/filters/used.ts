import { defineFilter, type Resource } from '@c7n-ts/core';
import { scanUsage, USAGE_PERMISSIONS, unusedGroups } from './_sg-usage.js';

/** Cloud Custodian's guess of what owns an interface, from its description; first match wins. */
const ENI_OWNERS: readonly [string, 'prefix' | 'exact', string][] = [
  ['ELB app/', 'prefix', 'elb-app'],
  ['ELB net/', 'prefix', 'elb-net'],
  ['ELB gwy/', 'prefix', 'elb-gwy'],
  ['ELB', 'prefix', 'elb'],
  ['ENI managed by APIGateway', 'exact', 'apigw'],
  ['AWS CodeStar Connections', 'prefix', 'codestar'],
  ['DAX', 'prefix', 'dax'],
  ['AWS created network interface for directory', 'prefix', 'dir'],
  ['DMSNetworkInterface', 'exact', 'dms'],
  ['arn:aws:ecs:', 'prefix', 'ecs'],
  ['EFS mount target for', 'prefix', 'fsmt'],
  ['ElastiCache', 'prefix', 'elasticache'],
  ['AWS ElasticMapReduce', 'prefix', 'emr'],
  ['CloudHSM Managed Interface', 'prefix', 'hsm'],
  ['CloudHsm ENI', 'prefix', 'hsmv2'],
  ['AWS Lambda VPC', 'prefix', 'lambda'],
  ['Interface for NAT Gateway', 'prefix', 'nat'],
  ['RDSNetworkInterface', 'exact', 'rds'],
  ['Network interface for DBProxy', 'prefix', 'rds'],
  ['RedshiftNetworkInterface', 'exact', 'redshift'],
  ['Network Interface for Transit Gateway Attachment', 'prefix', 'tgw'],
  ['VPC Endpoint Interface', 'prefix', 'vpce'],
  ['aws-k8s-branch-eni', 'prefix', 'eks'],
];

function ownerType(nic: Resource): string {
  const att = nic.Attachment as { InstanceId?: string } | undefined;
  if (att?.InstanceId) return 'ec2';
  const d = typeof nic.Description === 'string' ? nic.Description : '';
  const hit = ENI_OWNERS.find(([s, how]) => (how === 'exact' ? d === s : d.startsWith(s)));
  return hit ? hit[2] : 'unknown';
}

function annotate(rs: Resource[], nics: Resource[]): void {
  const byGroup = new Map<string, { owner: string; type: string; resource: string }[]>();
  for (const nic of nics) {
    const inUse = nic.Status === 'in-use';
    const att = nic.Attachment as { InstanceOwnerId?: string } | undefined;
    const info = {
      owner: inUse ? (att?.InstanceOwnerId ?? '') : '',
      type: typeof nic.InterfaceType === 'string' ? nic.InterfaceType : '',
      resource: inUse ? ownerType(nic) : '',
    };
    for (const g of (nic.Groups as { GroupId?: string }[] | undefined) ?? []) {
      const k = String(g.GroupId);
      byGroup.set(k, [...(byGroup.get(k) ?? []), info]);
    }
  }
  const distinct = (xs: string[]) => [...new Set(xs.filter(Boolean))];
  for (const r of rs) {
    const enis = byGroup.get(String(r.GroupId)) ?? [];
    r['c7n:InstanceOwnerIds'] = distinct(enis.map((e) => e.owner));
    r['c7n:InterfaceTypes'] = distinct(enis.map((e) => e.type));
    r['c7n:InterfaceResourceTypes'] = distinct(enis.map((e) => e.resource));
  }
}

export default defineFilter({
  type: 'used',
  resources: ['aws.security-group'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: USAGE_PERMISSIONS,
  doc: {
    summary:
      'Security groups something uses (the complement of `unused`, with the same scan). Each group is annotated with what its network interfaces tell: `c7n:InstanceOwnerIds`, `c7n:InterfaceTypes` and `c7n:InterfaceResourceTypes` (ec2, elb-app, rds, lambda, ...).',
    example: '- used',
  },
  reads: () => ['GroupId', 'VpcId'],
  compile: () => ({
    kind: 'process',
    async process(rs, ctx) {
      const usage = await scanUsage(ctx);
      const unused = new Set(await unusedGroups(rs, usage, ctx));
      annotate(rs, usage.nics);
      return rs.filter((r) => !unused.has(r));
    },
  }),
});
