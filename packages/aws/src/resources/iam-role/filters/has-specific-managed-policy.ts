/**
 * Cloud Custodian's iam-role has-specific-managed-policy: ListAttachedRolePolicies per role not
 * yet annotated (one page, as c7n), kept in `c7n:AttachedPolicies`; the matching policies are
 * merged into `c7n:MatchedPolicies`.
 */
import type { Resource } from '@c7n-ts/core';
import { attachedPolicyFilter } from '../../../common/iam/_attached-policy-filter.js';
import { iamSend } from '../../../common/iam/principal.js';

const ATTACHED = 'c7n:AttachedPolicies';

export default attachedPolicyFilter({
  type: 'aws.iam-role',
  summary:
    'IAM roles with an attached managed policy matching the value options (on PolicyName, or `key: PolicyArn`): ListAttachedRolePolicies per role; the matching policies are kept in `c7n:MatchedPolicies`.',
  example: '- type: has-specific-managed-policy\n  op: glob\n  value: "*FullAccess"',
  permissions: ['iam:ListAttachedRolePolicies'],
  reads: ['RoleName'],
  annotate: true,
  async attached(rs, ctx) {
    for (const r of rs) {
      if (ATTACHED in r) continue;
      const page = await iamSend(ctx, 'ListAttachedRolePolicies', { RoleName: r.RoleName });
      r[ATTACHED] = (page.AttachedPolicies ?? []) as Resource[];
    }
    return (r) => (r[ATTACHED] ?? []) as Resource[];
  },
});
