/**
 * Cloud Custodian's IamRoleTagMirror (c7n/filters/iamrole.py), shared by every type with an
 * `iam-role` filter: a resource's tag compared with the same tag on its IAM role(s). Each type
 * says how it finds its roles' names (c7n's iam-role filter get_related_ids, called once for all
 * resources and once more per resource); the roles come from GetRole, as the iam-role manager.
 */
import { compileKey, defineFilter, pyEq, type Resource } from '@c7n-ts/core';
import type { AwsProvider } from '../../aws-provider.js';
import { relatedRoles } from '../../resources/ec2/filters/_instance-roles.js';
import { providerOf, regionOf } from '../filters/fetch-related.js';

const ANNOTATION = 'c7n:IamRoleTagMirror';

export interface RoleTagMirrorSpec {
  resources: string[];
  /** The resource's fields the role names come from. */
  reads: string[];
  /** Extra permissions of the role-name lookup. */
  permissions?: string[];
  summary: string;
  example: string;
  roleNames(p: AwsProvider, region: string, rs: readonly Resource[]): Promise<string[]>;
}

export function roleTagMirrorFilter(spec: RoleTagMirrorSpec) {
  return defineFilter({
    type: 'iam-role-tag-mirror',
    resources: spec.resources,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['key'],
      properties: {
        key: {
          type: 'string',
          description: 'The tag (`tag:Name`) compared between the resource and its role.',
        },
        match: {
          enum: ['equal', 'not-equal', 'in'],
          default: 'not-equal',
          description:
            'not-equal (default): resources whose value differs from the role, or either lacks it; equal: resources that agree; in: both values are in `value`.',
        },
        'missing-ok': {
          type: 'boolean',
          default: false,
          description: 'A missing tag on the resource or role is not a difference.',
        },
        ignore: {
          type: 'array',
          items: { type: 'object' },
          description: 'Roles to leave out: `{key: value}` items, a role matching any is ignored.',
        },
        value: { type: 'array', items: { type: 'string' }, description: 'Allowed values for `match: in`.' },
      },
    } as const,
    permissions: ['iam:GetRole', 'iam:ListRoles', 'iam:ListRoleTags', ...(spec.permissions ?? [])],
    doc: { summary: spec.summary, example: spec.example },
    reads: () => [...spec.reads, 'Tags'],
    compile(opts) {
      const read = compileKey(opts.key).read;
      const match = opts.match ?? 'not-equal';
      const missingOk = opts['missing-ok'] ?? false;
      const ignores = (opts.ignore ?? []) as Record<string, unknown>[];
      const ignored = (role: Resource) =>
        ignores.some((ig) => Object.entries(ig).some(([k, v]) => pyEq(compileKey(k).read(role), v)));
      const tagValue = (r: Resource) => {
        const v = read(r);
        return v === undefined ? null : v;
      };
      return {
        kind: 'process',
        async process(rs, ctx) {
          const p = providerOf(ctx);
          const region = regionOf(ctx, p);
          const related = await relatedRoles(p, region, await spec.roleNames(p, region, rs));
          const out: Resource[] = [];
          for (const r of rs) {
            const roles = (await spec.roleNames(p, region, [r]))
              .flatMap((n): Resource[] => {
                const role = related.get(n);
                return role ? [role] : [];
              })
              .filter((role) => !ignored(role));
            if (!roles.length) continue;
            const roleValues = new Map(roles.map((role) => [String(role.RoleName), tagValue(role)]));
            const values = [...roleValues.values()];
            const rValue = tagValue(r);
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
}
