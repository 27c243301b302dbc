import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import hasVirtualMfa from './has-virtual-mfa.js';

testFilter(hasVirtualMfa, {
  resourceType: account,
  valid: [{}, { value: false }],
  invalid: [{ options: { value: 'yes' }, messageId: 'schema', path: ['value'] }],
});

it.each([
  ['mfa', {}, 1, 2],
  ['mfa', { value: false }, 0, 2],
  ['unset', {}, 0, 1],
  ['unset', { value: false }, 1, 1],
] as const)('%s %j matches %i', async (fixture, options, n, pages) => {
  const { matched, account: a, calls } = await runOnAccount(hasVirtualMfa, fixture, options);
  expect(matched).toBe(n);
  // Only the root user's device is kept.
  expect(a['c7n:VirtualMFADevices']).toHaveLength(fixture === 'mfa' ? 1 : 0);
  expect(calls.map((c) => c.operation)).toEqual(Array(pages).fill('ListVirtualMFADevices'));
});
