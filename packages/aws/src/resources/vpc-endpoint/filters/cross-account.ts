import { policyCrossAccount } from '../../../common/filters/policy-cross-account.js';

export default policyCrossAccount({
  resources: ['aws.vpc-endpoint'],
  permissions: ['ec2:DescribeVpcEndpoints'],
  summary:
    "VPC endpoints whose endpoint policy (`PolicyDocument`, from the describe output) allows principals outside the allowed accounts: everyone, or another account, unless the statement's conditions restrict it to allowed accounts, VPCs, VPC endpoints or organizations. The offending statements are kept in `c7n:CrossAccountViolations`, as Cloud Custodian names it for this type.",
  example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  policyField: 'PolicyDocument',
  nameField: 'VpcEndpointId',
  violationsKey: 'c7n:CrossAccountViolations',
  reads: ['PolicyDocument'],
});
