/**
 * Cloud Custodian's role usage scan (its IamRoleUsage.service_role_usage), for iam-role `used` and
 * `unused`: the `Role` ARN of every Lambda function; the `roleArn` of the services of the ECS
 * clusters DescribeClusters gives without naming any (the account's `default` cluster only, as
 * c7n asks); and the role names of the instance profiles in use by a launch configuration (by
 * name) or an instance that is not terminated. A role is used when its ARN or name is among them.
 */
import type { EvalContext, Resource } from '@c7n-ts/core';
import { profilesInUse } from '../../resources/iam-profile/filters/_usage.js';
import { listRelated, providerOf, regionOf } from '../filters/fetch-related.js';

export const ROLE_USAGE_PERMISSIONS = [
  'lambda:ListFunctions',
  'tag:GetResources',
  'autoscaling:DescribeLaunchConfigurations',
  'ec2:DescribeInstances',
  'iam:ListInstanceProfiles',
  'ecs:DescribeClusters',
  'ecs:ListServices',
  'ecs:DescribeServices',
];

const listOf = (v: unknown) => (Array.isArray(v) ? (v as Resource[]) : []);

async function ecsServiceRoles(ctx: EvalContext): Promise<string[]> {
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  const out: string[] = [];
  for (const cluster of listOf((await p.send('ecs', 'DescribeClusters', {}, region)).clusters)) {
    // One page of services, as c7n (DescribeServices takes at most 10).
    const arns = (await p.send('ecs', 'ListServices', { cluster: cluster.clusterName }, region)).serviceArns;
    if (!Array.isArray(arns) || arns.length === 0) continue;
    const page = await p.send(
      'ecs',
      'DescribeServices',
      { cluster: cluster.clusterName, services: arns },
      region,
    );
    for (const s of listOf(page.services)) if (typeof s.roleArn === 'string') out.push(s.roleArn);
  }
  return out;
}

async function profileRoles(ctx: EvalContext): Promise<string[]> {
  const profiles = await profilesInUse(ctx);
  const out: string[] = [];
  for (const p of await listRelated(ctx, 'aws.iam-profile')) {
    // By name only: c7n compares the launch configurations' IamInstanceProfile with names here.
    if (!profiles.has(String(p.InstanceProfileName))) continue;
    for (const role of listOf(p.Roles)) out.push(String(role.RoleName));
  }
  return out;
}

export async function rolesInUse(ctx: EvalContext): Promise<Set<string>> {
  const used = new Set<string>();
  for (const f of await listRelated(ctx, 'aws.lambda')) if (typeof f.Role === 'string') used.add(f.Role);
  for (const arn of await ecsServiceRoles(ctx)) used.add(arn);
  for (const name of await profileRoles(ctx)) used.add(name);
  return used;
}

export function roleInUse(role: Resource, used: Set<string>): boolean {
  return used.has(String(role.Arn)) || used.has(String(role.RoleName));
}
