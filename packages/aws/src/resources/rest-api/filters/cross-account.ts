import { policyCrossAccount } from '../../../common/filters/policy-cross-account.js';
import { unescapePolicy } from './_policy.js';

// No resource policy means anyone may invoke, as far as IAM goes (authorizers may still stop
// callers): Cloud Custodian checks this public statement instead.
const PUBLIC = { Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Principal: '*' }] };

export default policyCrossAccount({
  resources: ['aws.rest-api'],
  permissions: ['apigateway:GET'],
  summary:
    "REST APIs whose resource policy (the `policy` GetRestApis returns, unescaped) allows principals outside the allowed accounts: everyone, or another account, unless the statement's conditions restrict it to allowed accounts, VPCs, VPC endpoints or organizations. An API without a policy counts as public, as Cloud Custodian. The offending statements are kept in `CrossAccountViolations`.",
  example: '- type: cross-account\n  whitelist_vpc:\n    - vpc-0123456789abcdef0',
  policyField: 'policy',
  policyOf: (api) => (typeof api.policy === 'string' && api.policy ? unescapePolicy(api.policy) : PUBLIC),
  nameField: 'name',
  reads: ['policy'],
});
