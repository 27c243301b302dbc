/**
 * Cloud Custodian's lambda has-specific-managed-policy: ListAttachedRolePolicies once per distinct
 * execution role (one page, in the order the functions name them). c7n merges the matched
 * policies into its last role's record, not the function, so nothing is annotated here.
 */
import type { Resource } from '@c7n-ts/core';
import { attachedPolicyFilter } from '../../../common/iam/_attached-policy-filter.js';
import { iamSend } from '../../../common/iam/principal.js';
import { lastPart } from '../../ec2/filters/_instance-roles.js';

export default attachedPolicyFilter({
  type: 'aws.lambda',
  summary:
    'Functions whose execution role has an attached managed policy matching the value options (on PolicyName, or `key: PolicyArn`): ListAttachedRolePolicies once per role.',
  example: '- type: has-specific-managed-policy\n  value: AdministratorAccess',
  permissions: ['iam:ListAttachedRolePolicies'],
  reads: ['FunctionName', 'Role'],
  async attached(rs, ctx) {
    const attached = new Map<string, Resource[]>();
    for (const r of rs) if (typeof r.Role === 'string') attached.set(r.Role, []);
    for (const arn of attached.keys()) {
      const page = await iamSend(ctx, 'ListAttachedRolePolicies', { RoleName: lastPart(arn) });
      attached.set(arn, (page.AttachedPolicies ?? []) as Resource[]);
    }
    return (r) => (typeof r.Role === 'string' ? (attached.get(r.Role) ?? []) : []);
  },
});
