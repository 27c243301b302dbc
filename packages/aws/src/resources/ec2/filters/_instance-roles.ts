/**
 * The IAM side of an instance, resolved with Cloud Custodian's calls: its instance profile from
 * ListInstanceProfiles (all pages, kept by name; c7n's iam-profile manager has no get-by-id),
 * the profile's role from GetRole (then GetRole again, the iam-role manager's detail augment),
 * or ListRoles when there are 10 or more roles.
 */
import type { Resource } from '@c7n-ts/core';
import type { AwsProvider } from '../../../aws-provider.js';
import { errorCode } from '../../../query/errors.js';

/** c7n's related-resource threshold: from this many ids on it lists the whole type. */
const FETCH_THRESHOLD = 10;

export type Profile = {
  Arn?: string;
  InstanceProfileName?: string;
  Roles?: { Arn?: string; RoleName?: string }[];
};

export const lastPart = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** The instance profile arn of an instance, if it has one. */
export const profileArnOf = (r: Resource): string | undefined =>
  (r.IamInstanceProfile as { Arn?: string } | undefined)?.Arn || undefined;

/** Every item of a paged IAM listing (Marker / IsTruncated). */
export async function iamPages(p: AwsProvider, region: string, operation: string, items: string) {
  const out: Resource[] = [];
  let marker: string | undefined;
  do {
    const page = await p.send('iam', operation, marker ? { Marker: marker } : {}, region);
    out.push(...((page[items] ?? []) as Resource[]));
    marker = page.IsTruncated && typeof page.Marker === 'string' ? page.Marker : undefined;
  } while (marker);
  return out;
}

/** The instance profiles with these names, in listing order (c7n's iam-profile get_resources). */
export async function profilesNamed(
  p: AwsProvider,
  region: string,
  names: readonly string[],
): Promise<Profile[]> {
  const wanted = new Set(names);
  return (await iamPages(p, region, 'ListInstanceProfiles', 'InstanceProfiles')).filter((pr) =>
    wanted.has(String(pr.InstanceProfileName)),
  ) as Profile[];
}

/** The role names of these instances' profiles (c7n's EC2IamRoleFilter.get_related_ids). */
export async function roleNames(
  p: AwsProvider,
  region: string,
  instances: readonly Resource[],
): Promise<string[]> {
  const arns = instances.flatMap((r) => profileArnOf(r) ?? []);
  if (!arns.length) return [];
  const profiles = await profilesNamed(p, region, arns.map(lastPart));
  const names = new Set<string>();
  // c7n pairs arns with profiles by position (in listing order); only the role names are used.
  for (const profile of profiles.slice(0, arns.length)) {
    const arn = profile.Roles?.[0]?.Arn;
    if (arn) names.add(lastPart(arn));
  }
  return [...names];
}

async function getRoles(p: AwsProvider, region: string, names: readonly string[]): Promise<Resource[]> {
  const roles: Resource[] = [];
  for (const RoleName of names) {
    try {
      roles.push((await p.send('iam', 'GetRole', { RoleName }, region)).Role as Resource);
    } catch (e) {
      if (errorCode(e) !== 'NoSuchEntity') throw e;
    }
  }
  return roles;
}

/** Roles by name (c7n's RelatedResourceFilter.get_related over the iam-role manager). */
export async function relatedRoles(p: AwsProvider, region: string, names: readonly string[]) {
  if (!names.length) return new Map<string, Resource>();
  const base =
    names.length < FETCH_THRESHOLD
      ? await getRoles(p, region, names)
      : await iamPages(p, region, 'ListRoles', 'Roles');
  // The manager's augment: GetRole once more for each role.
  const roles = await getRoles(
    p,
    region,
    base.map((r) => String(r.RoleName)),
  );
  const wanted = new Set(names);
  return new Map(roles.filter((r) => wanted.has(String(r.RoleName))).map((r) => [String(r.RoleName), r]));
}
