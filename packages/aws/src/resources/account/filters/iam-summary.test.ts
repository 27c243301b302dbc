import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import iamSummary from './iam-summary.js';

testFilter(iamSummary, {
  resourceType: account,
  valid: [{ key: 'AccountMFAEnabled', value: true, op: 'eq', value_type: 'swap' }],
  invalid: [{ options: { key: 'Users', value: 1, op: 'like' }, messageId: 'schema' }],
});

it.each([
  ['iam-summary', { key: 'AccountAccessKeysPresent', value: 1 }, 1],
  ['iam-summary', { key: 'AccountMFAEnabled', value: 1 }, 0],
  ['iam-summary', { key: 'Users', value: 3, op: 'gt' }, 1],
] as const)('%s %j matches %i', async (fixture, options, n) => {
  const { matched, account: a, calls } = await runOnAccount(iamSummary, fixture, options);
  expect(matched).toBe(n);
  expect(a['c7n:iam_summary']).toMatchObject({ Users: 4 });
  expect(calls.map((c) => c.operation)).toEqual(['GetAccountSummary']);
});
