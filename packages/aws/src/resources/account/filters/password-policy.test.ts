import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import passwordPolicy from './password-policy.js';

testFilter(passwordPolicy, {
  resourceType: account,
  valid: [{ key: 'MinimumPasswordLength', value: 14, op: 'ge' }],
  invalid: [{ options: { key: 'RequireSymbols', value: true, policy: {} }, messageId: 'schema' }],
});

it.each([
  ['settings', { key: 'MinimumPasswordLength', value: 14, op: 'ge' }, 0],
  ['settings', { key: 'RequireSymbols', value: true }, 1],
  ['settings', { key: 'PasswordPolicyConfigured', value: true }, 1],
  ['unset', { key: 'PasswordPolicyConfigured', value: false }, 1],
  ['unset', { key: 'MinimumPasswordLength', value: 14, op: 'ge' }, 0],
] as const)('%s %j matches %i', async (fixture, options, n) => {
  const { matched, calls } = await runOnAccount(passwordPolicy, fixture, options);
  expect(matched).toBe(n);
  expect(calls.map((c) => c.operation)).toEqual(['GetAccountPasswordPolicy']);
});

it('keeps the policy on the account', async () => {
  const { account: a } = await runOnAccount(passwordPolicy, 'unset', { key: 'x', value: 'absent' });
  expect(a['c7n:password_policy']).toEqual({ PasswordPolicyConfigured: false });
});
