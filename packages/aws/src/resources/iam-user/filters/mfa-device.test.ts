import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import users from '../resource.js';
import mfaDevice from './mfa-device.js';

// ListMFADevices: one device for the first user, none for the second (and wraps).
const provider = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/users', import.meta.url)),
});
const resources = [{ UserName: 'with' }, { UserName: 'without' }];

testFilter(mfaDevice, {
  resourceType: users,
  context: { provider },
  valid: [{ value: 'empty' }, { key: 'MFADevices', value: 'not-null' }],
  invalid: [{ options: { key: 'UserName', value: 'not-null' }, messageId: 'key-ignored', path: ['key'] }],
  cases: [
    { name: 'users without MFA', options: { value: 'empty' }, resources, matches: ['without'] },
    { name: 'users with MFA', options: { value: 'not-null' }, resources, matches: ['with'] },
  ],
});
