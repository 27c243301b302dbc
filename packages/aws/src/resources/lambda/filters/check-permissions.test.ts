import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import functions from '../resource.js';
import checkPermissions from './check-permissions.js';

// SimulatePrincipalPolicy on each execution role once: admin-role allows both actions, ops-role
// denies DeleteUser, gone-role no longer exists. `a` and `b` share admin-role (one simulation).
const replay = fileURLToPath(new URL('../__fixtures__/simulate', import.meta.url));
const role = (n: string) => `arn:aws:iam::123456789012:role/${n}`;
const resources = [
  { FunctionName: 'a', Role: role('admin-role') },
  { FunctionName: 'b', Role: role('admin-role') },
  { FunctionName: 'c', Role: role('ops-role') },
  { FunctionName: 'd', Role: role('gone-role') },
];
const actions = ['iam:CreateUser', 'iam:DeleteUser'];

testFilter(checkPermissions, {
  resourceType: functions,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay }),
  },
  valid: [{ match: 'allowed', actions: ['s3:GetObject'] }],
  invalid: [{ options: { match: 'allowed' }, messageId: 'schema' }],
  cases: [
    {
      name: 'roles allowed everything',
      options: { match: 'allowed', actions },
      resources,
      matches: ['a', 'b'],
    },
    {
      name: 'roles denied one',
      options: { match: 'denied', actions, 'match-operator': 'or' },
      resources,
      matches: ['c'],
    },
  ],
});
