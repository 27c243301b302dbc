import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import credential from './credential.js';

testFilter(credential, {
  resourceType: account,
  valid: [
    { key: 'mfa_active', value: false },
    { key: 'access_keys.active', value: true, report_max_age: 3600 },
  ],
  invalid: [
    { options: { key: 'root_mfa', value: true }, messageId: 'schema', path: ['key'] },
    { options: { value: true }, messageId: 'schema' },
  ],
});

const now = Date.parse('2020-06-01T12:00:00Z');

it.each([
  // The root user's row (`<root_account>`), not any IAM user's.
  [{ key: 'mfa_active', value: false }, 1],
  [{ key: 'mfa_active', value: true }, 0],
  [{ key: 'password_last_used', value_type: 'age', value: 60, op: 'less-than' }, 1],
  [{ key: 'access_keys.last_used_service', value: 'iam' }, 1],
  [{ key: 'certs.active', value: true }, 0],
] as const)('%j matches %i', async (options, n) => {
  const { matched, account: a, calls } = await runOnAccount(credential, 'credential', options, now);
  expect(matched).toBe(n);
  expect(calls.map((c) => c.operation)).toEqual(['GetCredentialReport']);
  if (n) expect(a['c7n:credential-report']).toMatchObject({ user: '<root_account>', mfa_active: false });
});

it('keeps the matching root keys', async () => {
  const { account: a } = await runOnAccount(
    credential,
    'credential',
    { key: 'access_keys.active', value: true },
    now,
  );
  expect(a['c7n:matched-keys']).toEqual([
    expect.objectContaining({ active: true, last_used_service: 'iam', 'c7n:match-type': 'credential' }),
  ]);
});
