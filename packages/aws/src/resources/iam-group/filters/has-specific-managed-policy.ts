/**
 * Cloud Custodian's iam-group has-specific-managed-policy, which (unlike the role's) is no value
 * filter: ListAttachedGroupPolicies per group (one page), the policy names kept in
 * `ManagedPolicies`; a group matches when `value` is one of them. Without `value` nothing
 * matches and no call is made, as in c7n.
 */
import { defineFilter, type Resource } from '@c7n-ts/core';
import { iamSend } from '../../../common/iam/principal.js';

export default defineFilter({
  type: 'has-specific-managed-policy',
  resources: ['aws.iam-group'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      value: { type: 'string', description: 'Name of the managed policy the group must have attached.' },
    },
  } as const,
  permissions: ['iam:ListAttachedGroupPolicies'],
  doc: {
    summary:
      'IAM groups with the named managed policy attached: ListAttachedGroupPolicies per group, the attached policy names kept in `ManagedPolicies`.',
    example: '- type: has-specific-managed-policy\n  value: AdministratorAccess',
  },
  reads: () => ['GroupName'],
  compile(opts) {
    return {
      kind: 'process',
      async process(rs, ctx) {
        if (!opts.value) return [];
        const out: Resource[] = [];
        for (const r of rs) {
          const page = await iamSend(ctx, 'ListAttachedGroupPolicies', { GroupName: r.GroupName });
          const names = ((page.AttachedPolicies ?? []) as { PolicyName?: string }[]).flatMap((p) =>
            p.PolicyName ? [p.PolicyName] : [],
          );
          r.ManagedPolicies = names;
          if (names.includes(opts.value)) out.push(r);
        }
        return out;
      },
    };
  },
});
