import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import functions from '../resource.js';
import hasSpecificManagedPolicy from './has-specific-managed-policy.js';

// ListAttachedRolePolicies: AdministratorAccess and AmazonS3FullAccess for the first role asked,
// AWSLambdaBasicExecutionRole for the second. Two distinct roles a case: a call per function
// (three) would shift every later case onto the other role's answer.
const replay = fileURLToPath(new URL('../__fixtures__/managed-policies', import.meta.url));
const role = (n: string) => `arn:aws:iam::123456789012:role/${n}`;
const resources = [
  { FunctionName: 'admin-1', Role: role('admin-role') },
  { FunctionName: 'basic', Role: role('basic-role') },
  { FunctionName: 'admin-2', Role: role('admin-role') },
];

testFilter(hasSpecificManagedPolicy, {
  resourceType: functions,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay }),
  },
  valid: [{ value: 'AdministratorAccess' }, { key: 'PolicyArn', op: 'glob', value: '*FullAccess' }],
  invalid: [{ options: { value: 'x', op: 'equal-ish' }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'a policy name, looked up once per role',
      options: { value: 'AdministratorAccess' },
      resources,
      matches: ['admin-1', 'admin-2'],
    },
    { name: 'glob', options: { op: 'glob', value: '*Execution*' }, resources, matches: ['basic'] },
    {
      name: 'key: PolicyArn',
      options: { key: 'PolicyArn', op: 'regex', value: 'arn:aws:iam::aws:policy/Amazon.*' },
      resources,
      matches: ['admin-1', 'admin-2'],
    },
  ],
});
