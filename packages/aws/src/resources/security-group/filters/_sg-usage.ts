/**
 * Shared by `unused` and `used` (not an element itself): which security groups something uses,
 * after Cloud Custodian's SGUsage. c7n scans, in this order: network interfaces, references
 * from other groups' rules, Lambda functions, launch configurations, ECS tasks of EventBridge
 * targets, CodeBuild projects and Batch compute environments. c7n-ts scans the first two (the
 * EC2 API); the others need service clients c7n-ts does not have yet, so a group used only by,
 * say, a launch configuration counts as unused here. Every scan lists the whole region.
 */
import type { EvalContext, Resource } from '@c7n-ts/core';
import { type AwsProvider, awsProvider } from '../../../aws-provider.js';

export const USAGE_PERMISSIONS = [
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeSecurityGroups',
  'ec2:DescribeSecurityGroupReferences',
] as const;

export interface Usage {
  used: Set<string>;
  /** The network interfaces scanned, for `used`'s annotations. */
  nics: Resource[];
}

const list = (x: unknown): Record<string, unknown>[] => (Array.isArray(x) ? x : []);

async function networkInterfaces(p: AwsProvider, region: string): Promise<Resource[]> {
  const out: Resource[] = [];
  let token: unknown;
  do {
    const page = await p.send('ec2', 'DescribeNetworkInterfaces', token ? { NextToken: token } : {}, region);
    out.push(...list(page.NetworkInterfaces));
    token = page.NextToken;
  } while (token);
  return out;
}

export async function scanUsage(ctx: EvalContext): Promise<Usage> {
  const p = awsProvider(ctx);
  const region = ctx.region ?? p.regions[0] ?? 'us-east-1';
  const used = new Set<string>();
  const nics = await networkInterfaces(p, region);
  for (const nic of nics) for (const g of list(nic.Groups)) used.add(String(g.GroupId));
  // A group referencing itself does not use itself.
  for (const sg of await p.related('aws.security-group', region)) {
    const pairs = ['IpPermissions', 'IpPermissionsEgress'].flatMap((k) =>
      list(sg[k]).flatMap((perm) => list(perm.UserIdGroupPairs)),
    );
    for (const pair of pairs) if (pair.GroupId !== sg.GroupId) used.add(String(pair.GroupId));
  }
  return { used, nics };
}

/** Drops groups referenced from peered VPCs (DescribeSecurityGroupReferences, 200 ids a call). */
export async function withoutPeeredRefs(groups: Resource[], ctx: EvalContext): Promise<Resource[]> {
  if (!groups.length) return groups;
  const p = awsProvider(ctx);
  const region = ctx.region ?? p.regions[0] ?? 'us-east-1';
  const peered = new Set<string>();
  for (let i = 0; i < groups.length; i += 200) {
    const ids = groups.slice(i, i + 200).map((g) => g.GroupId);
    const out = await p.send('ec2', 'DescribeSecurityGroupReferences', { GroupId: ids }, region);
    for (const ref of list(out.SecurityGroupReferenceSet)) peered.add(String(ref.GroupId));
  }
  return groups.filter((g) => !peered.has(String(g.GroupId)));
}

/** Groups in no scanned use, VPC groups only (c7n ignores EC2-Classic groups), minus peered refs. */
export async function unusedGroups(rs: Resource[], usage: Usage, ctx: EvalContext): Promise<Resource[]> {
  const candidates = rs.filter((r) => !usage.used.has(String(r.GroupId)) && 'VpcId' in r);
  return withoutPeeredRefs(candidates, ctx);
}
