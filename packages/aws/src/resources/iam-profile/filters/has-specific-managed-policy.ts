/**
 * Cloud Custodian's iam-profile has-specific-managed-policy: for each profile not yet annotated,
 * ListAttachedRolePolicies of its role (one page), kept in `c7n:AttachedPolicies` (a profile
 * without a role has none; with several, as c7n, the last role's answer is kept); the matching
 * policies are merged into `c7n:MatchedPolicies`.
 */
import type { Resource } from '@c7n-ts/core';
import { attachedPolicyFilter } from '../../../common/iam/_attached-policy-filter.js';
import { iamSend } from '../../../common/iam/principal.js';

const ATTACHED = 'c7n:AttachedPolicies';

export default attachedPolicyFilter({
  type: 'aws.iam-profile',
  summary:
    "IAM instance profiles whose role has an attached managed policy matching the value options (on PolicyName, or `key: PolicyArn`): ListAttachedRolePolicies per profile's role; a profile without a role matches nothing.",
  example: '- type: has-specific-managed-policy\n  value: AdministratorAccess',
  permissions: ['iam:ListAttachedRolePolicies'],
  reads: ['Roles'],
  keyDescription:
    "Field of each policy attached to the profile's role compared (`PolicyName` by default, or `PolicyArn`).",
  annotate: true,
  async attached(rs, ctx) {
    for (const r of rs) {
      if (ATTACHED in r) continue;
      r[ATTACHED] = [];
      for (const role of (r.Roles ?? []) as { RoleName?: string }[]) {
        const page = await iamSend(ctx, 'ListAttachedRolePolicies', { RoleName: role.RoleName });
        r[ATTACHED] = (page.AttachedPolicies ?? []) as Resource[];
      }
    }
    return (r) => (r[ATTACHED] ?? []) as Resource[];
  },
});
