import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { isServiceError } from '../../../query/errors.js';
import { bucketName, bucketRegion, codeOf, inBucketRegions, items } from './_bucket.js';
import { equal } from './_statements.js';

const FIELDS = [
  'Size',
  'LastModifiedDate',
  'StorageClass',
  'ETag',
  'IsMultipartUploaded',
  'ReplicationStatus',
  'EncryptionStatus',
  'ObjectLockRetainUntilDate',
  'ObjectLockMode',
  'ObjectLockLegalHoldStatus',
  'IntelligentTieringAccessTier',
  'BucketKeyStatus',
  'ChecksumAlgorithm',
  'ObjectAccessControlList',
  'ObjectOwner',
] as const;

/** c7n's delta check: every key it would set equal in the existing one (lists in any order). */
function same(existing: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  const sorted = (x: unknown) => (Array.isArray(x) ? [...x].sort() : x);
  return Object.entries(wanted).every(([k, v]) => k in existing && equal(sorted(existing[k]), sorted(v)));
}

export default defineAction({
  type: 'set-inventory',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'destination'],
    properties: {
      name: { type: 'string', description: 'Id of the inventory configuration.' },
      destination: { type: 'string', description: 'Name of the bucket the inventory is written to.' },
      state: {
        enum: ['enabled', 'disabled', 'absent'],
        default: 'enabled',
        description: 'enabled or disabled sets the configuration; absent deletes it.',
      },
      prefix: {
        type: 'string',
        description: 'Prefix of the reports in the destination; default `Inventories/<account id>`.',
      },
      encryption: {
        enum: ['SSES3', 'SSEKMS'],
        description: 'How the reports are encrypted; none by default.',
      },
      key_id: { type: 'string', description: 'KMS key for SSEKMS encryption.' },
      versions: { enum: ['All', 'Current'], default: 'Current', description: 'Object versions listed.' },
      schedule: { enum: ['Daily', 'Weekly'], default: 'Daily', description: 'How often reports are made.' },
      format: { enum: ['CSV', 'ORC', 'Parquet'], default: 'CSV', description: 'Report format.' },
      fields: {
        type: 'array',
        items: { enum: FIELDS },
        default: ['LastModifiedDate', 'Size'],
        description: 'Optional fields the reports include.',
      },
    },
  } as const,
  permissions: ['s3:PutInventoryConfiguration', 's3:GetInventoryConfiguration'],
  doc: {
    summary:
      "Set (or with `state: absent` delete) an inventory configuration on buckets. The bucket's configurations are listed first (ListBucketInventoryConfigurations) and one that already has these settings is left alone.",
    example:
      '- type: set-inventory\n  name: daily\n  destination: inventory-reports\n  fields: [Size, EncryptionStatus]',
  },
  reads: () => [],
  async plan(buckets, opts, ctx) {
    const calls: PlannedCall[] = [];
    const id = opts.name;
    for (const b of buckets) {
      const bucket = bucketName(b);
      if (!bucket) continue;
      if (opts.state === 'absent') {
        calls.push({
          service: 's3',
          operation: 'DeleteBucketInventoryConfiguration',
          input: { Bucket: bucket, Id: id },
          resourceIds: [bucket],
          describe: `delete the inventory configuration ${id} of ${bucket}`,
          okErrors: ['NoSuchConfiguration'],
        });
        continue;
      }
      const destination: Record<string, unknown> = {
        Bucket: `arn:aws:s3:::${opts.destination}`,
        Format: opts.format,
      };
      destination.Prefix = opts.prefix || `Inventories/${ctx.accountId ?? ''}`;
      if (opts.encryption)
        destination.Encryption = {
          [opts.encryption]: opts.encryption === 'SSEKMS' && opts.key_id ? { KeyId: opts.key_id } : {},
        };
      const inventory = {
        Destination: { S3BucketDestination: destination },
        IsEnabled: opts.state === 'enabled',
        Id: id,
        // c7n sorts the fields in place while comparing, so it sends them sorted.
        OptionalFields: [...(opts.fields as string[])].sort(),
        IncludedObjectVersions: opts.versions,
        Schedule: { Frequency: opts.schedule },
      };
      if (!ctx.read) {
        ctx.log?.('warn', `s3: cannot list the inventory configurations of ${bucket}; not changed`);
        continue;
      }
      let existing: Record<string, unknown>[];
      try {
        const out = (await ctx.read(
          's3',
          'ListBucketInventoryConfigurations',
          { Bucket: bucket },
          bucketRegion(b),
        )) as Record<string, unknown> | undefined;
        existing = items(out ?? {}, 'InventoryConfigurationList');
      } catch (e) {
        if (!isServiceError(e)) throw e;
        ctx.log?.(
          'warn',
          `s3: cannot list the inventory configurations of ${bucket} (${codeOf(e)}); not changed`,
        );
        continue;
      }
      const current = existing.filter((i) => i.Id === id).at(-1);
      if (current && same(current, inventory)) continue;
      calls.push({
        service: 's3',
        operation: 'PutBucketInventoryConfiguration',
        input: { Bucket: bucket, Id: id, InventoryConfiguration: inventory },
        resourceIds: [bucket],
        describe: `${current ? 'update' : 'add'} the inventory configuration ${id} of ${bucket}`,
      });
    }
    return inBucketRegions(calls, buckets);
  },
});
