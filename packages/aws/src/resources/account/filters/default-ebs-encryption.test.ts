import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import defaultEbsEncryption from './default-ebs-encryption.js';

testFilter(defaultEbsEncryption, {
  resourceType: account,
  valid: [
    {},
    { state: true, key: 'alias/aws/ebs' },
    { state: true, key: { type: 'value', key: 'Origin', value: 'AWS_KMS' } },
  ],
  invalid: [
    { options: { state: 'on' }, messageId: 'schema', path: ['state'] },
    { options: { state: true, key: { key: 'Origin', value: 'AWS_KMS', op: 'like' } }, messageId: 'schema' },
    { options: { state: true, key: { key: 'Origin' } }, messageId: 'missing-value' },
  ],
});

it.each([
  ['ebs-enc', { state: true }, 1, ['GetEbsEncryptionByDefault']],
  ['ebs-enc', {}, 0, ['GetEbsEncryptionByDefault']],
  ['unset', {}, 1, ['GetEbsEncryptionByDefault']],
  ['unset', { state: true, key: 'alias/aws/ebs' }, 0, ['GetEbsEncryptionByDefault']],
  [
    'ebs-enc',
    { state: true, key: 'alias/aws/ebs' },
    1,
    ['GetEbsEncryptionByDefault', 'GetEbsDefaultKmsKeyId', 'ListAliases', 'DescribeKey', 'GetResources'],
  ],
  [
    'ebs-enc',
    { state: true, key: 'alias/custom' },
    0,
    ['GetEbsEncryptionByDefault', 'GetEbsDefaultKmsKeyId', 'ListAliases', 'DescribeKey', 'GetResources'],
  ],
  [
    'ebs-enc',
    { state: true, key: { type: 'value', key: 'KeyManager', value: 'CUSTOMER' } },
    0,
    ['GetEbsEncryptionByDefault', 'GetEbsDefaultKmsKeyId', 'ListAliases', 'DescribeKey', 'GetResources'],
  ],
] as const)('%s %j matches %i', async (fixture, options, n, operations) => {
  const { matched, calls } = await runOnAccount(defaultEbsEncryption, fixture, options);
  expect(matched).toBe(n);
  expect(calls.map((c) => c.operation)).toEqual(operations);
});
