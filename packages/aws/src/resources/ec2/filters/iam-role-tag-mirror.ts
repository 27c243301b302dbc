/**
 * Cloud Custodian's iam-role-tag-mirror on ec2, with the calls of its iam-role resolution:
 * the instance profiles come from ListInstanceProfiles (all pages, kept by name), once for
 * all instances and once more per instance; the roles from GetRole per name, then GetRole
 * again (the iam-role manager's detail augment), or ListRoles when there are 10 or more.
 */
import { compileKey, defineFilter, pyEq, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import type { AwsProvider } from '../../../provider.js';
import { errorCode } from '../../../query/errors.js';

const ANNOTATION = 'c7n:IamRoleTagMirror';
/** c7n's related-resource threshold: from this many ids on it lists the whole type. */
const FETCH_THRESHOLD = 10;

type Profile = { InstanceProfileName?: string; Roles?: { Arn?: string }[] };

const lastPart = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

async function pages(p: AwsProvider, region: string, operation: string, items: string) {
  const out: Resource[] = [];
  let marker: string | undefined;
  do {
    const page = await p.send('iam', operation, marker ? { Marker: marker } : {}, region);
    out.push(...((page[items] ?? []) as Resource[]));
    marker = page.IsTruncated && typeof page.Marker === 'string' ? page.Marker : undefined;
  } while (marker);
  return out;
}

/** The role names of these instances' profiles (c7n's EC2IamRoleFilter.get_related_ids). */
async function roleNames(p: AwsProvider, region: string, instances: readonly Resource[]): Promise<string[]> {
  const arns = instances.flatMap((r) => {
    const arn = (r.IamInstanceProfile as { Arn?: string } | undefined)?.Arn;
    return arn ? [arn] : [];
  });
  if (!arns.length) return [];
  const wanted = new Set(arns.map(lastPart));
  const profiles = (await pages(p, region, 'ListInstanceProfiles', 'InstanceProfiles')).filter((pr) =>
    wanted.has(String(pr.InstanceProfileName)),
  ) as Profile[];
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
async function relatedRoles(p: AwsProvider, region: string, names: readonly string[]) {
  if (!names.length) return new Map<string, Resource>();
  const base =
    names.length < FETCH_THRESHOLD
      ? await getRoles(p, region, names)
      : await pages(p, region, 'ListRoles', 'Roles');
  // The manager's augment: GetRole once more for each role.
  const roles = await getRoles(
    p,
    region,
    base.map((r) => String(r.RoleName)),
  );
  const wanted = new Set(names);
  return new Map(roles.filter((r) => wanted.has(String(r.RoleName))).map((r) => [String(r.RoleName), r]));
}

export default defineFilter({
  type: 'iam-role-tag-mirror',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['key'],
    properties: {
      key: {
        type: 'string',
        description: 'The tag (`tag:Name`) compared between the instance and its role.',
      },
      match: {
        enum: ['equal', 'not-equal', 'in'],
        default: 'not-equal',
        description:
          'not-equal (default): instances whose value differs from the role, or either lacks it; equal: instances that agree; in: both values are in `value`.',
      },
      'missing-ok': {
        type: 'boolean',
        default: false,
        description: 'A missing tag on the instance or role is not a difference.',
      },
      ignore: {
        type: 'array',
        items: { type: 'object' },
        description: 'Roles to leave out: `{key: value}` items, a role matching any is ignored.',
      },
      value: { type: 'array', items: { type: 'string' }, description: 'Allowed values for `match: in`.' },
    },
  } as const,
  permissions: ['iam:GetRole', 'iam:ListRoles', 'iam:ListInstanceProfiles', 'iam:ListRoleTags'],
  doc: {
    summary:
      'Instances whose tag differs from (or, with `match: equal`, agrees with) the same tag on the IAM role of their instance profile. Differences are recorded in `c7n:IamRoleTagMirror` (RoleMissingTag, ResourceMissingTag, TagMismatch). Instances without a role are left out.',
    example: '- type: iam-role-tag-mirror\n  key: tag:Environment\n  ignore:\n    - tag:Owner: Shared',
  },
  reads: () => ['InstanceId', 'IamInstanceProfile', 'Tags'],
  compile(opts) {
    const read = compileKey(opts.key).read;
    const match = opts.match ?? 'not-equal';
    const missingOk = opts['missing-ok'] ?? false;
    const ignores = (opts.ignore ?? []) as Record<string, unknown>[];
    const ignored = (role: Resource) =>
      ignores.some((ig) => Object.entries(ig).some(([k, v]) => pyEq(compileKey(k).read(role), v)));
    const roleValue = (r: Resource) => {
      const v = read(r);
      return v === undefined ? null : v;
    };
    return {
      kind: 'process',
      async process(instances, ctx) {
        const p = providerOf(ctx);
        const region = regionOf(ctx, p);
        const related = await relatedRoles(p, region, await roleNames(p, region, instances));
        const out: Resource[] = [];
        for (const r of instances) {
          const roles = (await roleNames(p, region, [r]))
            .flatMap((n): Resource[] => {
              const role = related.get(n);
              return role ? [role] : [];
            })
            .filter((role) => !ignored(role));
          if (!roles.length) continue;
          const roleValues = new Map(roles.map((role) => [String(role.RoleName), roleValue(role)]));
          const values = [...roleValues.values()];
          const rValue = roleValue(r);
          if (match === 'in') {
            const allowed = new Set(opts.value ?? []);
            if (!missingOk && values.includes(null)) continue;
            if (values.some((v) => v && !allowed.has(String(v)))) continue;
            if (!missingOk && rValue === null) continue;
            if (rValue !== null && !allowed.has(String(rValue))) continue;
            out.push(r);
            continue;
          }
          const evaluation: Record<string, unknown>[] = [];
          if (!missingOk && values.includes(null))
            evaluation.push({
              reason: 'RoleMissingTag',
              key: opts.key,
              'iam-role': Object.fromEntries(roleValues),
            });
          if (!missingOk && rValue === null)
            evaluation.push({ reason: 'ResourceMissingTag', key: opts.key, resource: rValue });
          if (rValue !== null && values.some(Boolean)) {
            const mismatched = [...roleValues].filter(([, v]) => v !== null && !pyEq(v, rValue));
            if (mismatched.length)
              evaluation.push({
                reason: 'TagMismatch',
                key: opts.key,
                resource: rValue,
                'iam-roles': Object.fromEntries(mismatched),
              });
          }
          if (match === 'not-equal' && evaluation.length) {
            r[ANNOTATION] = evaluation;
            out.push(r);
          } else if (match === 'equal' && !evaluation.length) out.push(r);
        }
        return out;
      },
    };
  },
});
