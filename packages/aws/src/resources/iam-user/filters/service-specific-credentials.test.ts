import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import users from '../resource.js';
import serviceSpecificCredentials from './service-specific-credentials.js';

// ListServiceSpecificCredentials (AllUsers), two pages: alice's CodeCommit credential (2020),
// then bob's Keyspaces one (2026, Inactive); carol has none.
const provider = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/users', import.meta.url)),
});
const resources = [{ UserName: 'alice' }, { UserName: 'bob' }, { UserName: 'carol' }];

testFilter(serviceSpecificCredentials, {
  resourceType: users,
  now: Date.UTC(2026, 5, 1),
  context: { provider },
  valid: [{ key: 'ServiceName', value: 'codecommit.amazonaws.com' }],
  invalid: [{ options: { key: 'Status', value_type: 'nope' }, messageId: 'schema', path: ['value_type'] }],
  cases: [
    {
      name: 'a service, over every page',
      options: { key: 'ServiceName', value: 'cassandra.amazonaws.com' },
      resources,
      matches: ['bob'],
    },
    {
      name: 'credential age',
      options: { key: 'CreateDate', value_type: 'age', value: 200, op: 'greater-than' },
      resources,
      matches: ['alice'],
    },
  ],
});
