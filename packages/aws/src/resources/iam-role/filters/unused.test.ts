import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import roles from '../resource.js';
import unused from './unused.js';

// The same flight data as used.test.ts: only dead-role (its profile on a terminated instance)
// and idle-role are in use nowhere.
const replay = fileURLToPath(new URL('../__fixtures__/usage', import.meta.url));
const usageRoles = ['lambda-role', 'ecs-role', 'lc-role', 'ec2-role', 'dead-role', 'idle-role'].map(
  (name) => ({
    RoleName: name,
    Arn: `arn:aws:iam::123456789012:role/${name}`,
  }),
);

testFilter(unused, {
  resourceType: roles,
  context: {
    region: 'us-east-1',
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay }),
  },
  valid: [{}],
  invalid: [{ options: { state: false }, messageId: 'schema' }],
  cases: [
    { name: 'in use nowhere', options: {}, resources: usageRoles, matches: ['dead-role', 'idle-role'] },
  ],
});
