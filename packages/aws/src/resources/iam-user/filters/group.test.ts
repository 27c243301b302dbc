import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import users from '../resource.js';
import group from './group.js';

// ListGroupsForUser: Admins for the first user, none for the second (and wraps).
const provider = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/users', import.meta.url)),
});
const resources: Record<string, unknown>[] = [{ UserName: 'admin' }, { UserName: 'plain' }];

testFilter(group, {
  resourceType: users,
  context: { provider },
  valid: [{ key: 'GroupName', value: 'Admins' }],
  invalid: [{ options: { key: 'GroupName', op: 'nope' }, messageId: 'schema', path: ['op'] }],
  cases: [
    { name: 'a group name', options: { key: 'GroupName', value: 'Admins' }, resources, matches: ['admin'] },
    { name: 'no such group', options: { key: 'GroupName', value: 'Ops' }, resources, matches: [] },
    {
      name: 'users already annotated are not asked again',
      options: { key: 'GroupName', value: 'Ops' },
      resources: [{ UserName: 'x', 'c7n:Groups': [{ GroupName: 'Ops' }] }],
      matches: ['x'],
    },
  ],
});
