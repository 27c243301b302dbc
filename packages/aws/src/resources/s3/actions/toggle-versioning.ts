import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { bucketName, inBucketRegions } from './_bucket.js';

export default defineAction({
  type: 'toggle-versioning',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      enabled: {
        type: 'boolean',
        default: true,
        description: 'True to enable versioning, false to suspend it (versioning cannot be turned off).',
      },
    },
  } as const,
  permissions: ['s3:PutBucketVersioning'],
  doc: {
    summary:
      'Enable or suspend versioning with PutBucketVersioning, on buckets whose versioning (fetched with the bucket; never configured counts as Suspended) is not already in that state. As in Cloud Custodian, AccessDenied is logged rather than failing the bucket.',
    example: '- type: toggle-versioning\n  enabled: true',
  },
  reads: () => ['Versioning'],
  plan(buckets, opts) {
    const calls: PlannedCall[] = [];
    for (const b of buckets) {
      const bucket = bucketName(b);
      if (!bucket) continue;
      const v = b.Versioning as { Status?: unknown } | null | undefined;
      const status = v && typeof v === 'object' && Object.keys(v).length ? v.Status : 'Suspended';
      const to =
        opts.enabled && status === 'Suspended'
          ? 'Enabled'
          : !opts.enabled && status === 'Enabled'
            ? 'Suspended'
            : undefined;
      if (!to) continue;
      calls.push({
        service: 's3',
        operation: 'PutBucketVersioning',
        input: { Bucket: bucket, VersioningConfiguration: { Status: to } },
        resourceIds: [bucket],
        describe: `${to === 'Enabled' ? 'enable' : 'suspend'} versioning on ${bucket}`,
        okErrors: ['AccessDenied'],
      });
    }
    return inBucketRegions(calls, buckets);
  },
});
