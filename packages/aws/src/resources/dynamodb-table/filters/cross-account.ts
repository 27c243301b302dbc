import type { EvalContext, Resource } from '@c7n-ts/core';
import { policyCrossAccount } from '../../../common/filters/policy-cross-account.js';
import { POLICY, withTablePolicies } from './_policy.js';

export default policyCrossAccount({
  resources: ['aws.dynamodb-table'],
  permissions: ['dynamodb:GetResourcePolicy'],
  summary:
    "Tables whose resource policy (GetResourcePolicy per table, kept in `c7n:Policy`) allows principals outside the allowed accounts: everyone, or another account, unless the statement's conditions restrict it to allowed accounts, VPCs, VPC endpoints or organizations. A table without a policy never matches. The offending statements are kept in `CrossAccountViolations`.",
  example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  policyField: POLICY,
  nameField: 'TableName',
  async prefetch(tables: Resource[], ctx: EvalContext) {
    await withTablePolicies(tables, ctx);
    return tables;
  },
});
