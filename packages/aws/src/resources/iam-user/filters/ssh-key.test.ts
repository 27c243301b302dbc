import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import users from '../resource.js';
import sshKey from './ssh-key.js';

// ListSSHPublicKeys: alice has an old Active key (2020) and a new Inactive one (2026); bob none.
const provider = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/keys', import.meta.url)),
});
const resources = [{ UserName: 'alice' }, { UserName: 'bob' }];

testFilter(sshKey, {
  resourceType: users,
  now: Date.UTC(2026, 5, 1),
  context: { provider },
  valid: [{ key: 'Status', value: 'Active' }],
  invalid: [{ options: { 'match-operator': 'and' }, messageId: 'schema' }],
  cases: [
    { name: 'a key field', options: { key: 'Status', value: 'Inactive' }, resources, matches: ['alice'] },
    {
      name: 'upload age',
      options: { key: 'UploadDate', value_type: 'age', value: 90, op: 'greater-than' },
      resources,
      matches: ['alice'],
    },
    { name: 'no key matches', options: { key: 'SSHPublicKeyId', value: 'APKAX' }, resources, matches: [] },
  ],
});
