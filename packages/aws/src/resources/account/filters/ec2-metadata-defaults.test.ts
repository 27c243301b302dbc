import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import ec2MetadataDefaults from './ec2-metadata-defaults.js';

testFilter(ec2MetadataDefaults, {
  resourceType: account,
  valid: [{ key: 'HttpTokens', value: 'optional' }],
  invalid: [
    { options: { key: 'HttpTokens', value: 'optional', HttpTokens: 'required' }, messageId: 'schema' },
  ],
});

it.each([
  ['settings', { key: 'HttpTokens', value: 'optional' }, 1],
  ['settings', { key: 'HttpPutResponseHopLimit', value: 1, op: 'gt' }, 1],
  ['unset', { key: 'HttpTokens', value: 'absent' }, 1],
  ['unset', { key: 'HttpTokens', value: 'optional' }, 0],
] as const)('%s %j matches %i', async (fixture, options, n) => {
  const { matched, calls } = await runOnAccount(ec2MetadataDefaults, fixture, options);
  expect(matched).toBe(n);
  expect(calls.map((c) => c.operation)).toEqual(['GetInstanceMetadataDefaults']);
});
