import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import s3PublicBlock from './s3-public-block.js';

testFilter(s3PublicBlock, {
  resourceType: account,
  valid: [{ key: 'BlockPublicPolicy', value: true }],
  invalid: [{ options: { key: 'BlockPublicPolicy', value: true, state: true }, messageId: 'schema' }],
});

it.each([
  ['settings', { key: 'BlockPublicPolicy', value: false }, 1],
  ['settings', { key: 'BlockPublicAcls', value: false }, 0],
  ['unset', { key: 'BlockPublicPolicy', value: 'absent' }, 1],
  ['unset', { key: 'BlockPublicPolicy', value: true }, 0],
] as const)('%s %j matches %i', async (fixture, options, n) => {
  const { matched, calls } = await runOnAccount(s3PublicBlock, fixture, options);
  expect(matched).toBe(n);
  expect(calls.map((c) => [c.operation, c.input])).toEqual([
    ['GetPublicAccessBlock', { AccountId: '123456789012' }],
  ]);
});
