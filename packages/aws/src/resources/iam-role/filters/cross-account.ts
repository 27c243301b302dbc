import { policyCrossAccount } from '../../../common/filters/policy-cross-account.js';

/** Cloud Custodian's iam-role cross-account: the trust policy is the policy checked. */
export default policyCrossAccount({
  resources: ['aws.iam-role'],
  permissions: ['iam:ListRoles'],
  summary:
    'IAM roles whose trust policy (`AssumeRolePolicyDocument`) lets principals outside the allowed accounts assume them: everyone, or another account, unless the statement\u2019s conditions restrict it to allowed accounts, organizations, VPCs or VPC endpoints. The offending statements are kept in `CrossAccountViolations`.',
  example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  policyField: 'AssumeRolePolicyDocument',
  nameField: 'RoleName',
  reads: ['AssumeRolePolicyDocument'],
});
