import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { bucketName, inBucketRegions } from './_bucket.js';
import { keepStatements } from './_statements.js';

export default defineAction({
  type: 'remove-statements',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['statement_ids'],
    properties: {
      statement_ids: {
        description:
          'Statements to remove: a list of Sids, `matched` for those the `cross-account` filter matched, or `*` for all.',
        oneOf: [{ enum: ['matched', '*'] }, { type: 'array', items: { type: 'string' } }],
      },
    },
  } as const,
  permissions: ['s3:PutBucketPolicy', 's3:DeleteBucketPolicy'],
  doc: {
    summary:
      'Remove statements from bucket policies: by Sid, those the `cross-account` filter matched, or all. The rest is written back with PutBucketPolicy; a policy left with no statement is deleted. Works from the policy fetched with the bucket, as Cloud Custodian does.',
    example: '- type: remove-statements\n  statement_ids:\n    - AllowPublicRead',
  },
  reads: () => ['Policy'],
  plan(buckets, opts, ctx) {
    const ids = opts.statement_ids as 'matched' | '*' | string[];
    const calls: PlannedCall[] = [];
    for (const b of buckets) {
      const bucket = bucketName(b);
      if (!bucket || typeof b.Policy !== 'string') continue; // no policy, nothing to remove
      const result = keepStatements(b, bucket, b.Policy, ids, ctx);
      if (!result) continue;
      const { policy, kept, removed } = result;
      if (removed === 0) continue;
      const what = `remove ${removed} statement${removed === 1 ? '' : 's'} from the policy of ${bucket}`;
      if (kept.length === 0)
        calls.push({
          service: 's3',
          operation: 'DeleteBucketPolicy',
          input: { Bucket: bucket },
          resourceIds: [bucket],
          describe: `${what}, deleting the emptied policy`,
        });
      else
        calls.push({
          service: 's3',
          operation: 'PutBucketPolicy',
          input: { Bucket: bucket, Policy: JSON.stringify({ ...policy, Statement: kept }) },
          resourceIds: [bucket],
          describe: `${what}, keeping ${kept.length}`,
        });
    }
    return inBucketRegions(calls, buckets);
  },
});
