/**
 * Cloud Custodian's no-specific-managed-policy: ListAttachedRolePolicies per role (one page, as
 * c7n); roles none of whose attached policies is named `value` match. Without a `value`, c7n
 * matches nothing, and makes no call.
 */
import { defineFilter, type Resource } from '@c7n-ts/core';
import { iamSend } from '../../../common/iam/principal.js';

export default defineFilter({
  type: 'no-specific-managed-policy',
  resources: ['aws.iam-role'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      value: { type: 'string', description: 'Name of the managed policy the roles must not have attached.' },
    },
  } as const,
  permissions: ['iam:ListAttachedRolePolicies'],
  doc: {
    summary:
      'IAM roles without the managed policy named `value` attached (by PolicyName): ListAttachedRolePolicies per role. Without `value`, nothing matches, as in Cloud Custodian.',
    example: '- type: no-specific-managed-policy\n  value: ip-restriction',
  },
  reads: () => ['RoleName'],
  compile(opts) {
    return {
      kind: 'process',
      async process(rs, ctx) {
        if (!opts.value) return [];
        const out: Resource[] = [];
        for (const r of rs) {
          const page = await iamSend(ctx, 'ListAttachedRolePolicies', { RoleName: r.RoleName });
          const names = ((page.AttachedPolicies ?? []) as { PolicyName?: string }[]).map((a) => a.PolicyName);
          if (!names.includes(opts.value)) out.push(r);
        }
        return out;
      },
    };
  },
});
