/**
 * Cloud Custodian's iam-role-tag-mirror on ec2, with the calls of its iam-role resolution
 * (`_instance-roles.ts`): the instance profiles once for all instances and once more per
 * instance, the roles by name.
 */
import { compileKey, defineFilter, pyEq, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { relatedRoles, roleNames } from './_instance-roles.js';

const ANNOTATION = 'c7n:IamRoleTagMirror';

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
