/**
 * Cloud Custodian's iam-profile has-specific-managed-policy: for each profile not yet annotated,
 * ListAttachedRolePolicies of its role (one page), kept in `c7n:AttachedPolicies` (a profile
 * without a role has none; with several, as c7n, the last role's answer is kept); the value
 * options compare each attached policy (on `PolicyName` unless `key` says otherwise) and the
 * matching ones are merged into `c7n:MatchedPolicies`.
 */
import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { iamSend } from '../../../common/iam/principal.js';

const ATTACHED = 'c7n:AttachedPolicies';
const MATCHED = 'c7n:MatchedPolicies';

export default defineFilter({
  type: 'has-specific-managed-policy',
  resources: ['aws.iam-profile'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...valueProperties,
      key: {
        type: 'string',
        default: 'PolicyName',
        description:
          "Field of each policy attached to the profile's role compared (`PolicyName` by default, or `PolicyArn`).",
      },
    },
  } as const,
  permissions: ['iam:ListAttachedRolePolicies'],
  doc: {
    summary:
      "IAM instance profiles whose role has an attached managed policy matching the value options (on PolicyName, or `key: PolicyArn`): ListAttachedRolePolicies per profile's role; a profile without a role matches nothing.",
    example: '- type: has-specific-managed-policy\n  value: AdministratorAccess',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue({ ...opts, key: opts.key ?? 'PolicyName' }),
  reads: () => ['Roles'],
  compile(opts, cctx) {
    const matcher = compileItemMatcher(
      { ...valueOptionsOf(opts), key: opts.key ?? 'PolicyName' } as ValueOptions,
      cctx.baseDir,
    );
    return {
      kind: 'process',
      async process(rs, ctx) {
        for (const r of rs) {
          if (ATTACHED in r) continue;
          r[ATTACHED] = [];
          for (const role of (r.Roles ?? []) as { RoleName?: string }[]) {
            const page = await iamSend(ctx, 'ListAttachedRolePolicies', { RoleName: role.RoleName });
            r[ATTACHED] = (page.AttachedPolicies ?? []) as Resource[];
          }
        }
        const out: Resource[] = [];
        for (const r of rs) {
          const attached = (r[ATTACHED] ?? []) as Resource[];
          const hits = await matcher(attached, ctx);
          if (hits.size === 0) continue;
          const prior = Array.isArray(r[MATCHED]) ? (r[MATCHED] as Resource[]) : [];
          const seen = new Set(prior.map((x) => JSON.stringify(x)));
          r[MATCHED] = [...prior, ...attached.filter((a) => hits.has(a) && !seen.has(JSON.stringify(a)))];
          out.push(r);
        }
        return out;
      },
    };
  },
});
