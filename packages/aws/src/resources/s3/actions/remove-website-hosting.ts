import { defineAction } from '@c7n-ts/core';
import { bucketName, inBucketRegions } from './_bucket.js';

export default defineAction({
  type: 'remove-website-hosting',
  resources: ['aws.s3'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['s3:DeleteBucketWebsite'],
  doc: {
    summary:
      'Remove the static website configuration of buckets (DeleteBucketWebsite, one call per bucket, in its region).',
    example: '- remove-website-hosting',
  },
  reads: () => [],
  plan(buckets) {
    const calls = buckets.flatMap((b) => {
      const bucket = bucketName(b);
      return bucket
        ? [
            {
              service: 's3',
              operation: 'DeleteBucketWebsite',
              input: { Bucket: bucket },
              resourceIds: [bucket],
              describe: `remove the website configuration of ${bucket}`,
            },
          ]
        : [];
    });
    return inBucketRegions(calls, buckets);
  },
});
