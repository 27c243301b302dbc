import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';
import { bucketName, inBucketRegions } from './_bucket.js';

export default defineAction({
  type: 'set-bucket-encryption',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      enabled: {
        type: 'boolean',
        default: true,
        description: 'Set default encryption (the default), or remove it with `false`.',
      },
      crypto: {
        enum: ['AES256', 'aws:kms'],
        default: 'AES256',
        description: 'Algorithm: `AES256` (S3-managed keys, the default) or `aws:kms` (needs `key`).',
      },
      key: {
        type: 'string',
        description: 'KMS key for `aws:kms`: key id, key ARN or alias (`alias/name`).',
      },
      'bucket-key': {
        type: 'boolean',
        default: true,
        description: 'Turn on S3 Bucket Keys, which cut KMS requests (BucketKeyEnabled).',
      },
    },
  } as const,
  permissions: ['s3:PutEncryptionConfiguration'],
  doc: {
    summary:
      'Set default encryption on buckets (AES256, or aws:kms with a key), or remove it with `enabled: false`. The configuration is written whatever the current one is; filter with `bucket-encryption` to limit the calls.',
    example: '- type: set-bucket-encryption\n  crypto: aws:kms\n  key: alias/s3-default\n  bucket-key: true',
  },
  messages: {
    'key-needs-kms': '`key` applies to `crypto: aws:kms` only.',
    'kms-needs-key': '`crypto: aws:kms` needs a `key`.',
  },
  check(opts) {
    const problems: Problem[] = [];
    if (!opts.enabled) return problems;
    if (opts.key !== undefined && opts.crypto !== 'aws:kms')
      problems.push({
        messageId: 'key-needs-kms',
        message: '`key` applies to `crypto: aws:kms` only.',
        path: ['key'],
        at: 'key',
      });
    // Cloud Custodian fails each bucket at run time in this case.
    if (opts.crypto === 'aws:kms' && opts.key === undefined)
      problems.push({
        messageId: 'kms-needs-key',
        message: '`crypto: aws:kms` needs a `key`.',
        path: ['crypto'],
      });
    return problems;
  },
  reads: () => [],
  plan(buckets, opts) {
    const calls: PlannedCall[] = [];
    for (const b of buckets) {
      const bucket = bucketName(b);
      if (!bucket) continue;
      if (!opts.enabled) {
        calls.push({
          service: 's3',
          operation: 'DeleteBucketEncryption',
          input: { Bucket: bucket },
          resourceIds: [bucket],
          describe: `remove default encryption from ${bucket}`,
        });
        continue;
      }
      const byDefault: Record<string, unknown> = { SSEAlgorithm: opts.crypto };
      // S3 accepts a key id, ARN or alias here; Cloud Custodian first resolves it to the ARN with KMS.
      if (opts.crypto === 'aws:kms' && opts.key) byDefault.KMSMasterKeyID = opts.key;
      calls.push({
        service: 's3',
        operation: 'PutBucketEncryption',
        input: {
          Bucket: bucket,
          ServerSideEncryptionConfiguration: {
            Rules: [{ ApplyServerSideEncryptionByDefault: byDefault, BucketKeyEnabled: opts['bucket-key'] }],
          },
        },
        resourceIds: [bucket],
        describe: `set default encryption of ${bucket} to ${opts.crypto}${byDefault.KMSMasterKeyID ? ` with key ${opts.key}` : ''}${opts['bucket-key'] ? ' and a bucket key' : ''}`,
      });
    }
    return inBucketRegions(calls, buckets);
  },
});
