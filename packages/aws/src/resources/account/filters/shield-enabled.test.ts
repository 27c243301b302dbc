import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import shieldEnabled from './shield-enabled.js';

testFilter(shieldEnabled, {
  resourceType: account,
  valid: [{}, { state: true }],
  invalid: [{ options: { state: 'yes' }, messageId: 'schema', path: ['state'] }],
});

it.each([
  ['shield-on', { state: true }, 1],
  ['shield-on', {}, 0],
  ['unset', {}, 1],
  ['unset', { state: true }, 0],
] as const)('%s %j matches %i', async (fixture, options, n) => {
  const { matched, account: a, calls } = await runOnAccount(shieldEnabled, fixture, options);
  expect(matched).toBe(n);
  expect(Boolean(a['c7n:ShieldSubscription'])).toBe(fixture === 'shield-on');
  expect(calls.map((c) => c.operation)).toEqual(['DescribeSubscription']);
});
