import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import setBucketEncryption from './set-bucket-encryption.js';

testAction(setBucketEncryption, {
  resourceType: s3,
  valid: [{}, { enabled: false }, { crypto: 'aws:kms', key: 'alias/s3', 'bucket-key': false }],
  invalid: [
    { options: { crypto: 'DES' }, messageId: 'schema', path: ['crypto'] },
    { options: { key: 'alias/s3' }, messageId: 'key-needs-kms', path: ['key'] },
    { options: { crypto: 'aws:kms' }, messageId: 'kms-needs-key', path: ['crypto'] },
  ],
  cases: [
    {
      name: 'AES256 with a bucket key by default',
      options: {},
      resources: [{ Name: 'b1' }],
      calls: [
        {
          service: 's3',
          operation: 'PutBucketEncryption',
          input: {
            Bucket: 'b1',
            ServerSideEncryptionConfiguration: {
              Rules: [
                { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: true },
              ],
            },
          },
          resourceIds: ['b1'],
          describe: 'set default encryption of b1 to AES256 and a bucket key',
        },
      ],
    },
    {
      options: { crypto: 'aws:kms', key: 'arn:aws:kms:us-east-1:123456789012:key/k1', 'bucket-key': false },
      resources: [{ Name: 'b1' }],
      calls: [
        {
          input: {
            ServerSideEncryptionConfiguration: {
              Rules: [
                {
                  ApplyServerSideEncryptionByDefault: {
                    SSEAlgorithm: 'aws:kms',
                    KMSMasterKeyID: 'arn:aws:kms:us-east-1:123456789012:key/k1',
                  },
                  BucketKeyEnabled: false,
                },
              ],
            },
          },
        },
      ],
    },
    {
      options: { enabled: false },
      resources: [{ Name: 'b1' }],
      calls: [
        {
          operation: 'DeleteBucketEncryption',
          input: { Bucket: 'b1' },
          describe: 'remove default encryption from b1',
        },
      ],
    },
  ],
});
