/**
 * Shared by the `unused` filters of aws.ami and aws.ebs-snapshot (not an element itself): what
 * the region's Auto Scaling groups launch from, read as Cloud Custodian's asg, launch-config and
 * launch-template-version managers read it. Every listing is one whole-region scan.
 */
import type { EvalContext, Resource } from '@c7n-ts/core';
import { errorCode } from '../../query/errors.js';
import { providerOf, regionOf } from './fetch-related.js';

export const ASG_LAUNCH_PERMISSIONS = [
  'autoscaling:DescribeAutoScalingGroups',
  'autoscaling:DescribeLaunchConfigurations',
  'ec2:DescribeLaunchTemplateVersions',
] as const;

export interface AsgLaunch {
  /** Names of the launch configurations some group uses. */
  configNames: Set<string>;
  /** Every launch configuration of the region, listed only when some group uses one. */
  configs: Resource[];
  /** The launch template versions the groups use. */
  templateVersions: Resource[];
}

const list = (x: unknown): Resource[] => (Array.isArray(x) ? x : []);

async function listAll(ctx: EvalContext, operation: string, items: string): Promise<Resource[]> {
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  const out: Resource[] = [];
  let token: unknown;
  do {
    const page = await p.send('autoscaling', operation, token ? { NextToken: token } : {}, region);
    out.push(...list(page[items]));
    token = page.NextToken;
  } while (token);
  return out;
}

/** Groups' launch templates: id -> versions asked, in first-seen order (`$Default` when unset). */
function templatesOf(asgs: Resource[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of asgs) {
    const mixed = a.MixedInstancesPolicy as
      | { LaunchTemplate?: { LaunchTemplateSpecification?: Resource } }
      | undefined;
    const t =
      (a.LaunchTemplate as Resource | undefined) ?? mixed?.LaunchTemplate?.LaunchTemplateSpecification;
    if (!t?.LaunchTemplateId) continue;
    const id = String(t.LaunchTemplateId);
    const versions = out.get(id) ?? [];
    versions.push(String(t.Version ?? '$Default'));
    out.set(id, versions);
  }
  return out;
}

export async function scanAsgLaunch(ctx: EvalContext): Promise<AsgLaunch> {
  const asgs = await listAll(ctx, 'DescribeAutoScalingGroups', 'AutoScalingGroups');
  const configNames = new Set(
    asgs.flatMap((a) => (a.LaunchConfigurationName ? [String(a.LaunchConfigurationName)] : [])),
  );
  const configs = configNames.size
    ? await listAll(ctx, 'DescribeLaunchConfigurations', 'LaunchConfigurations')
    : [];
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  const templateVersions: Resource[] = [];
  // One call per template with the versions the groups ask for; c7n sends the repeats too.
  for (const [id, versions] of templatesOf(asgs)) {
    try {
      const out = await p.send(
        'ec2',
        'DescribeLaunchTemplateVersions',
        { LaunchTemplateId: id, Versions: versions },
        region,
      );
      templateVersions.push(...list(out.LaunchTemplateVersions));
    } catch (e) {
      const code = errorCode(e);
      if (code !== 'InvalidLaunchTemplateId.NotFound' && code !== 'InvalidLaunchTemplateId.VersionNotFound')
        throw e;
    }
  }
  return { configNames, configs, templateVersions };
}

type Mapping = { Ebs?: { SnapshotId?: string } };

/** Snapshot ids in block device mappings. */
export function mappedSnapshots(mappings: unknown): string[] {
  return list(mappings).flatMap((m) =>
    (m as Mapping).Ebs?.SnapshotId ? [String((m as Mapping).Ebs?.SnapshotId)] : [],
  );
}
