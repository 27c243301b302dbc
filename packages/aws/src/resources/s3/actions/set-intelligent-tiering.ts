import { defineAction, LIST_ITEM_MATCHES, type PlannedCall } from '@c7n-ts/core';
import { bucketName, inBucketRegions } from './_bucket.js';

/** The method the `intelligent-tiering` filter notes when its listing was denied. */
const LIST = 'list_bucket_intelligent_tiering_configurations';

export default defineAction({
  type: 'set-intelligent-tiering',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    oneOf: [{ required: ['Id', 'IntelligentTieringConfiguration'] }, { required: ['Id', 'State'] }],
    properties: {
      Id: {
        type: 'string',
        description:
          'Id of the configuration to set or delete; with `State: delete`, `matched` deletes those the `intelligent-tiering` filter matched.',
      },
      State: { type: 'string', enum: ['delete'], description: '`delete` deletes the configuration instead.' },
      IntelligentTieringConfiguration: {
        type: 'object',
        description:
          'The configuration to put (PutBucketIntelligentTieringConfiguration), with its Id, Status and Tierings.',
      },
    },
  } as const,
  permissions: ['s3:PutIntelligentTieringConfiguration'],
  doc: {
    summary:
      'Put or delete an S3 Intelligent-Tiering configuration on buckets, used after the `intelligent-tiering` filter (buckets whose configurations it could not list are left alone). AccessDenied, and deleting a configuration that does not exist, are logged rather than failing the bucket, as in Cloud Custodian.',
    example: [
      '- type: set-intelligent-tiering',
      '  Id: archive',
      '  IntelligentTieringConfiguration:',
      '    Id: archive',
      '    Status: Enabled',
      '    Tierings:',
      '      - Days: 90',
      '        AccessTier: ARCHIVE_ACCESS',
    ].join('\n'),
  },
  reads: () => [],
  plan(buckets, opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const b of buckets) {
      const bucket = bucketName(b);
      if (!bucket) continue;
      if (Array.isArray(b['c7n:DeniedMethods']) && b['c7n:DeniedMethods'].includes(LIST)) {
        ctx.log?.(
          'warn',
          `s3: the intelligent-tiering configurations of ${bucket} could not be read; not changed`,
        );
        continue;
      }
      if (opts.Id && opts.IntelligentTieringConfiguration)
        calls.push({
          service: 's3',
          operation: 'PutBucketIntelligentTieringConfiguration',
          input: {
            Bucket: bucket,
            Id: opts.Id,
            IntelligentTieringConfiguration: opts.IntelligentTieringConfiguration,
          },
          resourceIds: [bucket],
          describe: `put the intelligent-tiering configuration ${opts.Id} on ${bucket}`,
          okErrors: ['AccessDenied'],
        });
      if (!opts.State) continue;
      const matched = Array.isArray(b[LIST_ITEM_MATCHES]) ? (b[LIST_ITEM_MATCHES] as { Id?: unknown }[]) : [];
      const ids = opts.Id === 'matched' ? matched.map((c) => c?.Id) : [opts.Id];
      for (const id of ids)
        calls.push({
          service: 's3',
          operation: 'DeleteBucketIntelligentTieringConfiguration',
          input: { Bucket: bucket, Id: id },
          resourceIds: [bucket],
          describe: `delete the intelligent-tiering configuration ${String(id)} of ${bucket}`,
          okErrors: ['AccessDenied', 'NoSuchConfiguration'],
        });
    }
    return inBucketRegions(calls, buckets);
  },
});
