/**
 * Cloud Custodian's ConfigValidFilter, behind asg `valid` and `invalid`: whether a group could
 * launch an instance. Read in c7n's order: the launch configurations and templates, then every
 * subnet, security group, key pair, classic load balancer and target group of the region, then
 * the snapshots the configurations name and the images (by id).
 */
import type { CompileContext, EvalContext, Problem, Resource } from '@c7n-ts/core';
import { listRelated } from '../../../common/filters/fetch-related.js';
import { launchImages, launchInfo, mappings, snapshotsById } from './_launch-info.js';

export const CONFIG_VALID_PERMISSIONS = [
  'ec2:DescribeLaunchTemplateVersions',
  'autoscaling:DescribeLaunchConfigurations',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
  'ec2:DescribeKeyPairs',
  'elasticloadbalancing:DescribeLoadBalancers',
  'elasticloadbalancing:DescribeTargetGroups',
  'ec2:DescribeSnapshots',
  'ec2:DescribeImages',
] as const;

export const CONFIG_VALID_READS = [
  'AutoScalingGroupName',
  'LaunchConfigurationName',
  'LaunchTemplate',
  'MixedInstancesPolicy',
  'VPCZoneIdentifier',
  'AvailabilityZones',
  'LoadBalancerNames',
  'TargetGroupARNs',
];

/** c7n refuses these filters in Lambda modes: they read too much. Every mode but pull is one. */
export function checkNotLambda(type: string, ctx: CompileContext): Problem[] {
  const mode = (ctx.policy?.mode as { type?: unknown } | undefined)?.type;
  if (mode === undefined || mode === 'pull') return [];
  return [
    {
      messageId: 'lambda-mode',
      message: `${type} makes too many queries to be run in lambda (mode ${String(mode)})`,
      policyPath: ['mode', 'type'],
    },
  ];
}

const ids = (rs: readonly Resource[], field: string) => new Set(rs.map((r) => String(r[field])));
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s) => typeof s === 'string') : []);

/** Per group, its errors as `[code, id]` pairs; an empty list when it is valid. */
export async function configErrors(
  asgs: readonly Resource[],
  ctx: EvalContext,
): Promise<Map<Resource, [string, string][]>> {
  const info = await launchInfo(ctx, asgs);
  const subnetList = await listRelated(ctx, 'aws.subnet');
  const subnets = ids(subnetList, 'SubnetId');
  const defaultZones = new Set(
    subnetList.filter((s) => s.DefaultForAz).map((s) => String(s.AvailabilityZone)),
  );
  const securityGroups = ids(await listRelated(ctx, 'aws.security-group'), 'GroupId');
  const keyPairs = ids(await listRelated(ctx, 'aws.key-pair'), 'KeyName');
  const elbs = ids(await listRelated(ctx, 'aws.elb'), 'LoadBalancerName');
  const targetGroups = ids(await listRelated(ctx, 'aws.app-elb-target-group'), 'TargetGroupArn');
  const wantedSnaps = new Set<string>();
  for (const [, c] of info.items())
    for (const bd of mappings(c)) if (bd.Ebs?.SnapshotId) wantedSnaps.add(bd.Ebs.SnapshotId.trim());
  const snapshots = ids(await snapshotsById(ctx, [...wantedSnaps]), 'SnapshotId');
  const imageMap = await launchImages(ctx, info);
  // Images reference their own snapshots, some of them another account's: those count as there.
  const imageSnaps = new Set<string>();
  for (const i of imageMap.values())
    for (const bd of mappings(i)) if (bd.Ebs?.SnapshotId) imageSnaps.add(bd.Ebs.SnapshotId.trim());

  const out = new Map<Resource, [string, string][]>();
  for (const a of asgs) {
    const errors: [string, string][] = [];
    const cfg = info.get(a);
    const zoneIds = String(a.VPCZoneIdentifier ?? '').split(',');
    if (zoneIds[0]) {
      for (const s of zoneIds.map((x) => x.trim())) if (!subnets.has(s)) errors.push(['invalid-subnet', s]);
    } else if (!(cfg && 'NetworkInterfaces' in cfg)) {
      for (const az of strings(a.AvailabilityZones))
        if (!defaultZones.has(az)) errors.push(['invalid-availability-zone', az]);
    }
    for (const elb of strings(a.LoadBalancerNames).map((x) => x.trim()))
      if (!elbs.has(elb)) errors.push(['invalid-elb', elb]);
    for (const tg of strings(a.TargetGroupARNs).map((x) => x.trim()))
      if (!targetGroups.has(tg)) errors.push(['invalid-appelb-target-group', tg]);
    if (!cfg) {
      const id = info.launchId(a);
      errors.push(['invalid-config', typeof id === 'string' ? id : `${id[0]}:${id[1]}`]);
      out.set(a, errors);
      continue;
    }
    for (const sg of [...strings(cfg.SecurityGroups), ...strings(cfg.SecurityGroupIds)].map((x) => x.trim()))
      if (!securityGroups.has(sg)) errors.push(['invalid-security-group', sg]);
    if (typeof cfg.KeyName === 'string' && cfg.KeyName && !keyPairs.has(cfg.KeyName.trim()))
      errors.push(['invalid-key-pair', cfg.KeyName]);
    if (typeof cfg.ImageId === 'string' && cfg.ImageId && !imageMap.has(cfg.ImageId.trim()))
      errors.push(['invalid-image', cfg.ImageId]);
    for (const bd of mappings(cfg)) {
      const snap = bd.Ebs?.SnapshotId;
      if (!snap || imageSnaps.has(snap.trim())) continue;
      if (!snapshots.has(snap.trim())) errors.push(['invalid-snapshot', snap]);
    }
    out.set(a, errors);
  }
  return out;
}
