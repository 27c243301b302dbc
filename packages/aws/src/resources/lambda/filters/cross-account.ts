import { policyCrossAccount } from '../../../common/filters/policy-cross-account.js';
import { POLICY, withPolicies } from './_policies.js';

export default policyCrossAccount({
  resources: ['aws.lambda'],
  permissions: ['lambda:GetPolicy'],
  summary:
    "Functions whose resource policy (GetPolicy per function, kept in `c7n:Policy`) allows principals outside the allowed accounts: everyone, or another account, unless the statement's conditions restrict it to allowed accounts, VPCs, VPC endpoints or organizations. The offending statements are kept in `CrossAccountViolations` (for `remove-statements`' `statement_ids: matched`).",
  example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  policyField: POLICY,
  nameField: 'FunctionName',
  prefetch: withPolicies,
});
