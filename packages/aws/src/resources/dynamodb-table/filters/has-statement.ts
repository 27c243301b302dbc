import { policyHasStatement } from '../../../common/filters/has-statement.js';
import { POLICY, withTablePolicies } from './_policy.js';

export default policyHasStatement({
  resources: ['aws.dynamodb-table'],
  permissions: ['dynamodb:GetResourcePolicy'],
  noun: 'table',
  placeholders: '{table_arn}',
  policyField: POLICY,
  policySource: 'GetResourcePolicy per table, kept in `c7n:Policy`',
  prefetch: withTablePolicies,
  formatArgs: (t) => ({ table_arn: typeof t.TableArn === 'string' ? t.TableArn : undefined }),
  example: [
    '- type: has-statement',
    '  statements:',
    '    - Effect: Deny',
    '      Action: dynamodb:*',
    '      Principal: "*"',
    '      Condition:',
    '        Bool:',
    '          aws:SecureTransport: "false"',
    '      Resource: "{table_arn}"',
  ].join('\n'),
});
