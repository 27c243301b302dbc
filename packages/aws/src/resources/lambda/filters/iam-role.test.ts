import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import functions from '../resource.js';
import iamRole from './iam-role.js';

// GetRole for prod-role (Environment=Production) and dev-role, then again (the iam-role type's
// detail call), as Cloud Custodian resolves them by name (the last part of each `Role` ARN).
const replay = fileURLToPath(new URL('../__fixtures__/iam-role', import.meta.url));
const role = (n: string) => `arn:aws:iam::123456789012:role/service-role/${n}`;
const resources = [
  { FunctionName: 'api', Role: role('prod-role') },
  { FunctionName: 'worker', Role: role('dev-role') },
  { FunctionName: 'api-v2', Role: role('prod-role') },
];

testFilter(iamRole, {
  resourceType: functions,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay }),
  },
  valid: [{ key: 'tag:Environment', value: 'Production' }],
  invalid: [
    { options: { key: 'RoleName', op: 'regex', value: '(' }, messageId: 'invalid-regex', path: ['value'] },
  ],
  cases: [
    {
      name: "the role's tags",
      options: { key: 'tag:Environment', value: 'Production' },
      resources,
      matches: ['api', 'api-v2'],
    },
    {
      name: 'its name',
      options: { key: 'RoleName', value: 'dev-.*', op: 'regex' },
      resources,
      matches: ['worker'],
    },
  ],
});
