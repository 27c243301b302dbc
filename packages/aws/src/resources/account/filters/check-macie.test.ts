import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import checkMacie from './check-macie.js';

testFilter(checkMacie, {
  resourceType: account,
  valid: [
    { key: 'status', value: 'ENABLED' },
    { key: 'administrator.accountId', value: 'absent' },
  ],
  invalid: [{ options: { key: 'status', value: 'ENABLED', op: 'like' }, messageId: 'schema' }],
});

it.each([
  ['macie', { key: 'status', value: 'ENABLED' }, 1],
  ['macie', { key: 'administrator.accountId', value: '210987654321' }, 1],
  ['macie', { key: 'master.relationshipStatus', value: 'Enabled' }, 1],
  ['macie', { key: 'administrator.accountId', value: 'absent' }, 0],
  // Access denied and no administrator: an empty session, as c7n.
  ['unset', { key: 'status', value: 'ENABLED' }, 0],
  ['unset', { key: 'administrator.accountId', value: 'absent' }, 1],
] as const)('%s %j matches %i', async (fixture, options, n) => {
  const { matched, account: a, calls } = await runOnAccount(checkMacie, fixture, options);
  expect(matched).toBe(n);
  expect(a['c7n:macie']).toHaveProperty('administrator');
  expect(calls.map((c) => c.operation)).toEqual(['GetMacieSession', 'GetAdministratorAccount']);
});
