import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import users from '../resource.js';
import loginProfile from './login-profile.js';

// GetLoginProfile answers alice's profile, then NoSuchEntity (and wraps).
const provider = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/users', import.meta.url)),
});

testFilter(loginProfile, {
  resourceType: users,
  context: { provider },
  valid: [{}],
  invalid: [
    { options: { value: true }, messageId: 'ignored', path: ['value'] },
    { options: { nope: 1 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'users with a console password; NoSuchEntity is none',
      options: {},
      resources: [{ UserName: 'alice' }, { UserName: 'bob' }],
      matches: ['alice'],
    },
    {
      name: 'a profile naming another user does not count',
      options: {},
      resources: [{ UserName: 'carol' }, { UserName: 'bob' }],
      matches: [],
    },
  ],
});
