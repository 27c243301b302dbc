import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import roles from '../resource.js';
import noSpecificManagedPolicy from './no-specific-managed-policy.js';

// ListAttachedRolePolicies answers admin-policy and AmazonS3FullAccess for the first role, none
// for the second (and wraps).
const provider = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/policies', import.meta.url)),
});
const resources = [{ RoleName: 'admin' }, { RoleName: 'bare' }];

testFilter(noSpecificManagedPolicy, {
  resourceType: roles,
  context: { provider },
  valid: [{ value: 'admin-policy' }, {}],
  invalid: [{ options: { value: ['a'] }, messageId: 'schema', path: ['value'] }],
  cases: [
    { name: 'roles without that policy', options: { value: 'admin-policy' }, resources, matches: ['bare'] },
    { name: 'a policy none has', options: { value: 'DoesNotExist' }, resources, matches: ['admin', 'bare'] },
    { name: 'no value: nothing, as c7n', options: {}, resources, matches: [] },
  ],
});
