import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import securityhub from './securityhub.js';

testFilter(securityhub, {
  resourceType: account,
  valid: [{}, { enabled: false }],
  invalid: [{ options: { enabled: 'no' }, messageId: 'schema', path: ['enabled'] }],
});

it.each([
  ['hub-on', {}, 1],
  ['hub-on', { enabled: false }, 0],
  ['unset', { enabled: false }, 1],
  ['unset', { enabled: true }, 0],
] as const)('%s %j matches %i', async (fixture, options, n) => {
  const { matched, calls } = await runOnAccount(securityhub, fixture, options);
  expect(matched).toBe(n);
  expect(calls.map((c) => c.operation)).toEqual(['DescribeHub']);
});
