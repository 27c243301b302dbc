/**
 * Cloud Custodian's instance-profile usage scan (its IamRoleUsage.instance_profile_usage): the
 * `IamInstanceProfile` of every launch configuration of the region (a name or an ARN), and the
 * profile name (the ARN's last segment) of every instance not terminated. Used by `used` and
 * `unused`: a profile is in use when its ARN or its name is among them.
 */
import type { EvalContext, Resource } from '@c7n-ts/core';
import { listRelated, providerOf, regionOf } from '../../../common/filters/fetch-related.js';

export const USAGE_PERMISSIONS = ['autoscaling:DescribeLaunchConfigurations', 'ec2:DescribeInstances'];

async function launchConfigs(ctx: EvalContext): Promise<Resource[]> {
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  const out: Resource[] = [];
  let token: unknown;
  do {
    const page = await p.send(
      'autoscaling',
      'DescribeLaunchConfigurations',
      token ? { NextToken: token } : {},
      region,
    );
    out.push(...((page.LaunchConfigurations ?? []) as Resource[]));
    token = page.NextToken;
  } while (token);
  return out;
}

export async function profilesInUse(ctx: EvalContext): Promise<Set<string>> {
  const used = new Set<string>();
  for (const lc of await launchConfigs(ctx))
    if (lc.IamInstanceProfile) used.add(String(lc.IamInstanceProfile));
  for (const i of await listRelated(ctx, 'aws.ec2')) {
    if ((i.State as { Name?: string } | undefined)?.Name === 'terminated') continue;
    const arn = (i.IamInstanceProfile as { Arn?: string } | undefined)?.Arn;
    if (arn) used.add(arn.split('/').at(-1) ?? arn);
  }
  return used;
}

export function inUse(profile: Resource, used: Set<string>): boolean {
  return used.has(String(profile.Arn)) || used.has(String(profile.InstanceProfileName));
}
