import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import users from '../resource.js';
import checkPermissions from './check-permissions.js';

// SimulatePrincipalPolicy answers, per case: both actions allowed (admin); CreateUser allowed
// and DeleteUser implicitly denied (ops); NoSuchEntity (gone: no results, no match).
const replay = fileURLToPath(new URL('../__fixtures__/simulate', import.meta.url));
const resources = ['admin', 'ops', 'gone'].map((n) => ({
  UserName: n,
  Arn: `arn:aws:iam::123456789012:user/${n}`,
}));
const actions = ['iam:CreateUser', 'iam:DeleteUser'];

testFilter(checkPermissions, {
  resourceType: users,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay }),
  },
  valid: [
    { match: 'allowed', actions },
    { match: { EvalDecision: 'implicitDeny' }, actions, boundaries: false },
  ],
  invalid: [
    {
      options: { match: 'allowed', actions: ['CreateUser'] },
      messageId: 'invalid-action',
      path: ['actions', 0],
    },
  ],
  cases: [
    { name: 'every action allowed', options: { match: 'allowed', actions }, resources, matches: ['admin'] },
    {
      name: 'one denied (match-operator: or)',
      options: { match: 'denied', actions, 'match-operator': 'or' },
      resources,
      matches: ['ops'],
    },
  ],
});
