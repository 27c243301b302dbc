import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import users from '../resource.js';
import hasInlinePolicy from './has-inline-policy.js';

// ListUserPolicies answers ["inline-a"] for the first user, [] for the second (and wraps).
const provider = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/users', import.meta.url)),
});
const resources = [{ UserName: 'with' }, { UserName: 'without' }];

testFilter(hasInlinePolicy, {
  resourceType: users,
  context: { provider },
  valid: [{}, { value: true }],
  invalid: [{ options: { value: 1 }, messageId: 'schema', path: ['value'] }],
  cases: [
    { name: 'default: with inline policies', options: {}, resources, matches: ['with'] },
    { name: 'value: false', options: { value: false }, resources, matches: ['without'] },
  ],
});
