import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import accounts from '../resource.js';
import policy from './policy.js';

// The org fixture (see org-unit.test.ts), then ListPoliciesForTarget: inherited, in the order
// 111, team, dev (dev-guard), root (FullAWSAccess), 222 (account-guard), 333; the accounts' own
// read the first three files: 111 none, 222 none, 333 dev-guard.
const flight = fileURLToPath(new URL('../__fixtures__/org', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const resources = () => [{ Id: '111111111111' }, { Id: '222222222222' }, { Id: '333333333333' }];
const scp = 'SERVICE_CONTROL_POLICY';

const table: [string, Record<string, unknown>, string[]][] = [
  ['accounts with a policy of the type attached', { 'policy-type': scp }, ['333333333333']],
  ['count 0: accounts with none', { 'policy-type': scp, count: 0 }, ['111111111111', '222222222222']],
  [
    'inherited: those of its units and of the root too',
    { 'policy-type': scp, inherited: true, attrs: [{ Name: 'dev-guard' }] },
    ['111111111111', '333333333333'],
  ],
  [
    'inherited, by number',
    { 'policy-type': scp, inherited: true, count: 2, count_op: 'eq' },
    ['111111111111', '222222222222', '333333333333'],
  ],
];

for (const [name, options, matches] of table)
  testFilter(policy, {
    resourceType: accounts,
    context: { provider: await provider() },
    valid: [{ 'policy-type': scp }, { 'policy-type': 'TAG_POLICY', inherited: true, count: 1 }],
    invalid: [
      { options: {}, messageId: 'schema' },
      { options: { 'policy-type': 'SCP' }, messageId: 'schema', path: ['policy-type'] },
    ],
    cases: [{ name, options, resources: resources(), matches }],
  });

it('keeps the matched policies in c7n:PolicyMatches', async () => {
  const p = await provider();
  const ev = policy.compile(
    { 'policy-type': scp, inherited: true, attrs: [{ AwsManaged: true }] },
    { resourceType: accounts, policyName: 't', registry: p.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const [a] = await ev.process([{ Id: '222222222222' }], { now: 0, provider: p });
  expect(a?.['c7n:PolicyMatches']).toEqual([expect.objectContaining({ Name: 'FullAWSAccess' })]);
  expect(a?.['c7n:ListItemMatches']).toBeUndefined();
});
