/**
 * Cloud Custodian's iam-role has-specific-managed-policy: ListAttachedRolePolicies per role not
 * yet annotated (one page, as c7n), kept in `c7n:AttachedPolicies`; the value options compare
 * each attached policy (on `PolicyName` unless `key` says otherwise) and the matching ones are
 * merged into `c7n:MatchedPolicies`.
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
  resources: ['aws.iam-role'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...valueProperties,
      key: {
        type: 'string',
        default: 'PolicyName',
        description: 'Field of each attached policy compared (`PolicyName` by default, or `PolicyArn`).',
      },
    },
  } as const,
  permissions: ['iam:ListAttachedRolePolicies'],
  doc: {
    summary:
      'IAM roles with an attached managed policy matching the value options (on PolicyName, or `key: PolicyArn`): ListAttachedRolePolicies per role; the matching policies are kept in `c7n:MatchedPolicies`.',
    example: '- type: has-specific-managed-policy\n  op: glob\n  value: "*FullAccess"',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue({ ...opts, key: opts.key ?? 'PolicyName' }),
  reads: () => ['RoleName'],
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
          const page = await iamSend(ctx, 'ListAttachedRolePolicies', { RoleName: r.RoleName });
          r[ATTACHED] = (page.AttachedPolicies ?? []) as Resource[];
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
