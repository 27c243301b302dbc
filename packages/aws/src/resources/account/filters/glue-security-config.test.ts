import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import glueSecurityConfig from './glue-security-config.js';

testFilter(glueSecurityConfig, {
  resourceType: account,
  valid: [{}, { CatalogEncryptionMode: 'DISABLED', ReturnConnectionPasswordEncrypted: false }],
  invalid: [
    { options: { CatalogEncryptionMode: 'SSE-S3' }, messageId: 'schema', path: ['CatalogEncryptionMode'] },
    { options: { ReturnConnectionPasswordEncrypted: 'yes' }, messageId: 'schema' },
    { options: { KmsKeyId: 'alias/aws/glue' }, messageId: 'schema' },
  ],
});

const GLUE = 'GetDataCatalogEncryptionSettings';

it.each([
  ['glue-plain', { CatalogEncryptionMode: 'DISABLED' }, 1, [GLUE]],
  ['glue-plain', { CatalogEncryptionMode: 'SSE-KMS' }, 0, [GLUE]],
  ['glue-plain', { CatalogEncryptionMode: 'DISABLED', ReturnConnectionPasswordEncrypted: true }, 0, [GLUE]],
  // No option: every account matches, as c7n's empty attribute list.
  ['glue-plain', {}, 1, [GLUE]],
  ['glue', { ReturnConnectionPasswordEncrypted: true, CatalogEncryptionMode: 'SSE-KMS' }, 1, [GLUE]],
  // A key ARN compares as written.
  [
    'glue',
    { SseAwsKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/0c4a2f1e-1111-4e4e-9a9a-000000000001' },
    1,
    [GLUE],
  ],
  // An alias matches the key it names (its first alias), through the kms-key lookups.
  ['glue', { SseAwsKmsKeyId: 'alias/aws/glue' }, 1, [GLUE, 'ListAliases', 'DescribeKey', 'GetResources']],
  ['glue', { SseAwsKmsKeyId: 'alias/team-data' }, 0, [GLUE, 'ListAliases', 'DescribeKey', 'GetResources']],
] as const)('%s %j matches %i', async (fixture, options, n, ops) => {
  const { matched, account: a, calls } = await runOnAccount(glueSecurityConfig, fixture, options);
  expect(matched).toBe(n);
  expect(calls.map((c) => c.operation)).toEqual(ops);
  expect(a['c7n:glue-security-config']).toHaveProperty('CatalogEncryptionMode');
});

it('keeps the merged settings, the alias in place of the key it names', async () => {
  const { account: a } = await runOnAccount(glueSecurityConfig, 'glue', { SseAwsKmsKeyId: 'alias/aws/glue' });
  expect(a['c7n:glue-security-config']).toEqual({
    CatalogEncryptionMode: 'SSE-KMS',
    SseAwsKmsKeyId: 'alias/aws/glue',
    ReturnConnectionPasswordEncrypted: true,
    AwsKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/0c4a2f1e-1111-4e4e-9a9a-000000000001',
  });
});
