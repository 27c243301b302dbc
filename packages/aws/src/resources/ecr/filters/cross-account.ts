import { policyCrossAccount } from '../../../common/filters/policy-cross-account.js';
import { POLICY, withPolicies } from '../_policy.js';

export default policyCrossAccount({
  resources: ['aws.ecr'],
  permissions: ['ecr:GetRepositoryPolicy'],
  summary:
    "Repositories whose policy (GetRepositoryPolicy per repository, kept in `Policy`; a repository without one never matches) allows principals outside the allowed accounts: everyone, or another account, unless the statement's conditions restrict it to allowed accounts, VPCs, VPC endpoints or organizations. The offending statements are kept in `CrossAccountViolations` (for `remove-statements`' `statement_ids: matched`).",
  example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  policyField: POLICY,
  nameField: 'repositoryName',
  prefetch: withPolicies,
});
