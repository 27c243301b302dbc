import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import xrayEncryptKey from './xray-encrypt-key.js';

testFilter(xrayEncryptKey, {
  resourceType: account,
  valid: [{ key: 'default' }, { key: 'kms' }, { key: 'alias/xray' }],
  invalid: [
    { options: {}, messageId: 'schema', path: [] },
    { options: { key: true }, messageId: 'schema', path: ['key'] },
  ],
});

it.each([
  ['unset', 'default', 1, ['GetEncryptionConfig']],
  ['unset', 'kms', 0, ['GetEncryptionConfig']],
  ['xray-kms', 'kms', 1, ['GetEncryptionConfig']],
  ['xray-kms', 'default', 0, ['GetEncryptionConfig']],
  // The key's ARN (DescribeKey) against the configured KeyId.
  ['xray-kms', 'alias/xray', 1, ['GetEncryptionConfig', 'DescribeKey']],
] as const)('%s key %s matches %i', async (fixture, key, n, ops) => {
  const { matched, account: a, calls } = await runOnAccount(xrayEncryptKey, fixture, { key });
  expect(matched).toBe(n);
  expect((a['c7n:XrayEncryptionConfig'] as { Type: string }).Type).toBe(fixture === 'unset' ? 'NONE' : 'KMS');
  expect(calls.map((c) => c.operation)).toEqual(ops);
});

it('a key whose ARN is not the configured key does not match', async () => {
  const { matched, calls } = await runOnAccount(xrayEncryptKey, 'xray-other-key', { key: 'alias/other' });
  expect(matched).toBe(0);
  expect(calls.find((c) => c.operation === 'DescribeKey')?.input).toEqual({ KeyId: 'alias/other' });
});
