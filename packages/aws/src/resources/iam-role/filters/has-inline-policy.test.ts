import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import roles from '../resource.js';
import hasInlinePolicy from './has-inline-policy.js';

// ListRolePolicies answers ["inline-a"] for the first role, [] for the second (and wraps).
const provider = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/policies', import.meta.url)),
});
const resources = [{ RoleName: 'with' }, { RoleName: 'without' }];

testFilter(hasInlinePolicy, {
  resourceType: roles,
  context: { provider },
  valid: [{}, { value: false }],
  invalid: [{ options: { value: 'yes' }, messageId: 'schema', path: ['value'] }],
  cases: [
    { name: 'default: with inline policies', options: {}, resources, matches: ['with'] },
    { name: 'value: false', options: { value: false }, resources, matches: ['without'] },
  ],
});
