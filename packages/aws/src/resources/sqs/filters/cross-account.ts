import { policyCrossAccount } from '../../../common/filters/policy-cross-account.js';

export default policyCrossAccount({
  resources: ['aws.sqs'],
  permissions: ['sqs:GetQueueAttributes'],
  summary:
    "Queues whose policy (the `Policy` attribute) allows principals outside the allowed accounts: everyone, or another account, unless the statement's conditions restrict it to allowed accounts, VPCs, VPC endpoints or organizations. The offending statements are kept in `CrossAccountViolations` (for `remove-statements`' `statement_ids: matched`).",
  example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  policyField: 'Policy',
  nameField: 'QueueUrl',
  reads: ['Policy'],
});
