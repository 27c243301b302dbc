/**
 * Cloud Custodian's asg LaunchInfo: what each Auto Scaling group launches from (its launch
 * configuration, launch template version or mixed-instances template), fetched for a set of
 * groups in c7n's order: the template versions (DescribeLaunchTemplateVersions per template),
 * then the configurations (DescribeLaunchConfigurations by name below five names, else all),
 * then, for the filters that ask, the images (DescribeImages by id) and snapshots
 * (DescribeSnapshots by id). Each filter builds its own, as each c7n filter initializes its own.
 */
import type { EvalContext, Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode } from '../../../query/errors.js';

export const LAUNCH_PERMISSIONS = [
  'ec2:DescribeLaunchTemplateVersions',
  'autoscaling:DescribeLaunchConfigurations',
] as const;

/** A launch template version by template id and version as the group names it (`$Default`...). */
type TemplateKey = readonly [id: string, version: string];

export interface LaunchInfo {
  /** A configuration's name, or a template's `[id, version]`. */
  launchId(asg: Resource): string | TemplateKey;
  /** The configuration, or the template version's LaunchTemplateData; undefined when gone. */
  get(asg: Resource): Resource | undefined;
  /** Every configuration, then every template version's data, with its launch id. */
  items(): [string, Resource][];
}

/** The key `items()` gives a launch id. */
export const keyOf = (id: string | TemplateKey): string =>
  typeof id === 'string' ? id : `${id[0]}\0${id[1]}`;

function templateOf(asg: Resource): Resource | undefined {
  if (asg.LaunchTemplate) return asg.LaunchTemplate as Resource;
  const mixed = asg.MixedInstancesPolicy as
    | { LaunchTemplate?: { LaunchTemplateSpecification?: Resource } }
    | undefined;
  return mixed ? mixed.LaunchTemplate?.LaunchTemplateSpecification : undefined;
}

export function launchId(asg: Resource): string | TemplateKey {
  // c7n strips the trailing white space some groups carry in the configuration name.
  if (typeof asg.LaunchConfigurationName === 'string') return asg.LaunchConfigurationName.trim();
  const t = templateOf(asg);
  if (t) return [String(t.LaunchTemplateId), String(t.Version ?? '$Default')];
  // A corner case c7n keeps: a group whose configuration has the group's name without naming it.
  return String(asg.AutoScalingGroupName);
}

const list = (x: unknown): Resource[] => (Array.isArray(x) ? (x as Resource[]) : []);

async function templateVersions(ctx: EvalContext, asgs: readonly Resource[]): Promise<Map<string, Resource>> {
  // Versions asked per template, each (template, version) once, in first-seen order.
  const byTemplate = new Map<string, string[]>();
  for (const a of asgs) {
    const t = templateOf(a);
    if (!t) continue;
    const id = String(t.LaunchTemplateId);
    const version = String(t.Version ?? '$Default');
    const versions = byTemplate.get(id) ?? [];
    if (!versions.includes(version)) versions.push(version);
    byTemplate.set(id, versions);
  }
  const out = new Map<string, Resource>();
  if (!byTemplate.size) return out;
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  for (const [id, versions] of byTemplate) {
    let found: Resource[];
    try {
      const page = await p.send(
        'ec2',
        'DescribeLaunchTemplateVersions',
        { LaunchTemplateId: id, Versions: versions },
        region,
      );
      found = list(page.LaunchTemplateVersions);
    } catch (e) {
      const code = errorCode(e);
      if (code === 'InvalidLaunchTemplateId.NotFound' || code === 'InvalidLaunchTemplateId.VersionNotFound')
        continue;
      throw e;
    }
    // As c7n, the answers pair with the versions asked in order; an alias keeps its name.
    found.forEach((v, n) => {
      const asked = versions[n];
      const version = asked !== undefined && !/^\d+$/.test(asked) ? asked : String(v.VersionNumber);
      out.set(keyOf([String(v.LaunchTemplateId), version]), (v.LaunchTemplateData ?? {}) as Resource);
    });
  }
  return out;
}

async function launchConfigs(ctx: EvalContext, asgs: readonly Resource[]): Promise<Map<string, Resource>> {
  const names = new Set<string>();
  for (const a of asgs)
    if (typeof a.LaunchConfigurationName === 'string') names.add(a.LaunchConfigurationName);
  const out = new Map<string, Resource>();
  if (!names.size) return out;
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  // By name below five names, else the whole listing, as c7n.
  const input: Record<string, unknown> = names.size < 5 ? { LaunchConfigurationNames: [...names] } : {};
  let token: unknown;
  do {
    const page = await p.send(
      'autoscaling',
      'DescribeLaunchConfigurations',
      token ? { ...input, NextToken: token } : input,
      region,
    );
    for (const c of list(page.LaunchConfigurations)) {
      const name = String(c.LaunchConfigurationName);
      if (names.has(name)) out.set(name, c);
    }
    token = page.NextToken;
  } while (token);
  return out;
}

export async function launchInfo(ctx: EvalContext, asgs: readonly Resource[]): Promise<LaunchInfo> {
  const templates = await templateVersions(ctx, asgs);
  const configs = await launchConfigs(ctx, asgs);
  return {
    launchId,
    get(asg) {
      const id = launchId(asg);
      return typeof id === 'string' ? configs.get(id) : templates.get(keyOf(id));
    },
    items: () => [...configs.entries(), ...templates.entries()],
  };
}

/** The images the launch configurations and templates name, by id (DescribeImages by id, as c7n). */
export async function launchImages(ctx: EvalContext, info: LaunchInfo): Promise<Map<string, Resource>> {
  const ids = new Set<string>();
  for (const [, c] of info.items()) if (typeof c.ImageId === 'string' && c.ImageId) ids.add(c.ImageId);
  const out = new Map<string, Resource>();
  if (!ids.size) return out;
  const p = providerOf(ctx);
  for (const img of await p.related('aws.ami', regionOf(ctx, p), [...ids])) out.set(String(img.ImageId), img);
  return out;
}

/** The snapshots of these ids (DescribeSnapshots by id; ids AWS does not know are dropped). */
export async function snapshotsById(ctx: EvalContext, ids: readonly string[]): Promise<Resource[]> {
  if (!ids.length) return [];
  const p = providerOf(ctx);
  return p.related('aws.ebs-snapshot', regionOf(ctx, p), ids);
}

type Mapping = { DeviceName?: string; Ebs?: { SnapshotId?: string; Encrypted?: boolean } };

/** Block device mappings of a configuration, template data or image. */
export const mappings = (x: Resource | undefined): Mapping[] => list(x?.BlockDeviceMappings) as Mapping[];
