import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import users from '../resource.js';
import policy from './policy.js';

// `direct` has AdministratorAccess attached; `via` is in Admins, which has it; `none` has neither.
// The users' calls, in order: ListAttachedUserPolicies (+ GetPolicy), then with include-via
// ListGroupsForUser and ListAttachedGroupPolicies (the policy already fetched for `direct` is reused).
const replay = fileURLToPath(new URL('../__fixtures__/policy', import.meta.url));
const provider = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay });
const resources: Record<string, unknown>[] = [
  { UserName: 'direct' },
  { UserName: 'via' },
  { UserName: 'none' },
];

testFilter(policy, {
  resourceType: users,
  context: { provider: await provider() },
  valid: [{ key: 'PolicyName', value: 'AdministratorAccess', 'include-via': true }],
  invalid: [
    {
      options: { key: 'PolicyName', value: 'x', 'include-via': 'yes' },
      messageId: 'schema',
      path: ['include-via'],
    },
    { options: { key: 'PolicyName', op: 'nope', value: 'x' }, messageId: 'schema', path: ['op'] },
  ],
  cases: [
    {
      name: 'policies attached to the user',
      options: { key: 'PolicyName', value: 'AdministratorAccess' },
      resources,
      matches: ['direct'],
    },
  ],
});

testFilter(policy, {
  resourceType: users,
  context: { provider: await provider() },
  cases: [
    {
      name: 'and those attached to its groups',
      options: { key: 'PolicyName', value: 'AdministratorAccess', 'include-via': true },
      resources,
      matches: ['direct', 'via'],
    },
  ],
});

testFilter(policy, {
  resourceType: users,
  context: { provider: await provider() },
  cases: [
    {
      name: 'another value',
      options: { key: 'AttachmentCount', value: 5, op: 'gte' },
      resources,
      matches: [],
    },
  ],
});
