import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import organization from './organization.js';

testFilter(organization, {
  resourceType: account,
  valid: [{ key: 'Id', value: 'absent' }],
  invalid: [{ options: { key: 'Id', value: 'absent', op: 'like' }, messageId: 'schema' }],
});

it.each([
  ['settings', { key: 'FeatureSet', value: 'ALL' }, 1],
  ['settings', { key: 'Id', value: 'absent' }, 0],
  ['unset', { key: 'Id', value: 'absent' }, 1],
  // Access denied: as c7n, nothing matches, not even `absent`.
  ['denied', { key: 'Id', value: 'absent' }, 0],
] as const)('%s %j matches %i', async (fixture, options, n) => {
  const { matched, calls } = await runOnAccount(organization, fixture, options);
  expect(matched).toBe(n);
  expect(calls.map((c) => c.operation)).toEqual(['DescribeOrganization']);
});
