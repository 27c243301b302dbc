import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import amiBlockPublicAccess from './ami-block-public-access.js';

testFilter(amiBlockPublicAccess, {
  resourceType: account,
  valid: [{}, { value: true }],
  invalid: [{ options: { value: 'block-new-sharing' }, messageId: 'schema', path: ['value'] }],
});

it.each([
  ['ami-blocked', { value: true }, 1],
  ['ami-blocked', { value: false }, 0],
  ['ami-blocked', {}, 0],
  ['unset', {}, 1],
  ['unset', { value: true }, 0],
] as const)('%s %j matches %i', async (fixture, options, n) => {
  const { matched, account: a, calls } = await runOnAccount(amiBlockPublicAccess, fixture, options);
  expect(matched).toBe(n);
  expect(a['c7n:ami-block-public-access']).toBe(fixture === 'ami-blocked');
  expect(calls.map((c) => c.operation)).toEqual(['GetImageBlockPublicAccessState']);
});
