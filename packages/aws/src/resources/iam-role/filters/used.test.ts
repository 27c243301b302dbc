import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import roles from '../resource.js';
import used from './used.js';

// In use: lambda-role (a function's Role), ecs-role (a service of the default cluster), lc-role
// (lc-profile, named by a launch configuration), ec2-role (ec2-profile, on a running instance).
// dead-role's profile is on a terminated instance only; idle-role's on nothing.
const replay = fileURLToPath(new URL('../__fixtures__/usage', import.meta.url));
const arn = (name: string) => `arn:aws:iam::123456789012:role/${name}`;
const role = (name: string) => ({ RoleName: name, Arn: arn(name) });
const usageRoles: Record<string, unknown>[] = [
  'lambda-role',
  'ecs-role',
  'lc-role',
  'ec2-role',
  'dead-role',
  'idle-role',
].map(role);

testFilter(used, {
  resourceType: roles,
  context: {
    region: 'us-east-1',
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay }),
  },
  valid: [{}, { state: false }],
  invalid: [{ options: { state: 'yes' }, messageId: 'schema', path: ['state'] }],
  cases: [
    {
      name: 'used by Lambda, ECS and EC2',
      options: {},
      resources: usageRoles,
      matches: ['lambda-role', 'ecs-role', 'lc-role', 'ec2-role'],
    },
    {
      name: 'state: false',
      options: { state: false },
      resources: usageRoles,
      matches: ['dead-role', 'idle-role'],
    },
  ],
});
