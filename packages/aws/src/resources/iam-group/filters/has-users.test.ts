import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import groups from '../resource.js';
import hasUsers from './has-users.js';

// GetGroup answers two users for the first group, none for the second (and wraps).
const provider = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/groups', import.meta.url)),
});
const resources = [{ GroupName: 'admins' }, { GroupName: 'empty' }];

testFilter(hasUsers, {
  resourceType: groups,
  context: { provider },
  valid: [{}, { value: false }],
  invalid: [{ options: { value: 'yes' }, messageId: 'schema', path: ['value'] }],
  cases: [
    { name: 'default: groups with users', options: {}, resources, matches: ['admins'] },
    { name: 'value: false: groups without', options: { value: false }, resources, matches: ['empty'] },
  ],
});
