import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { isServiceError } from '../../../query/errors.js';
import { bucketName, bucketRegion, codeOf, inBucketRegions } from './_bucket.js';

export default defineAction({
  type: 'set-replication',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        enum: ['enable', 'disable', 'remove'],
        description:
          '`enable` or `disable` every rule of the replication configuration (read with GetBucketReplication and written back), or `remove` the configuration; without it nothing is done.',
      },
    },
  } as const,
  permissions: ['s3:GetReplicationConfiguration', 's3:PutReplicationConfiguration'],
  doc: {
    summary:
      "Turn a bucket's replication rules on or off, or remove its replication configuration, as Cloud Custodian's set-replication. The configuration is read at action time (GetBucketReplication), each rule's Status set, and written back with PutBucketReplication; `remove` calls DeleteBucketReplication.",
    example: '- type: set-replication\n  state: disable',
  },
  reads: () => [],
  async plan(buckets, opts, ctx) {
    const calls: PlannedCall[] = [];
    if (!opts.state) return calls;
    for (const b of buckets) {
      const bucket = bucketName(b);
      if (!bucket) continue;
      if (opts.state === 'remove') {
        calls.push({
          service: 's3',
          operation: 'DeleteBucketReplication',
          input: { Bucket: bucket },
          resourceIds: [bucket],
          describe: `remove the replication configuration of ${bucket}`,
        });
        continue;
      }
      if (!ctx.read) {
        ctx.log?.('warn', `s3: cannot read the replication configuration of ${bucket}; not changed`);
        continue;
      }
      let config: Record<string, unknown> | undefined;
      try {
        const out = (await ctx.read('s3', 'GetBucketReplication', { Bucket: bucket }, bucketRegion(b))) as
          | { ReplicationConfiguration?: Record<string, unknown> }
          | undefined;
        config = out?.ReplicationConfiguration;
      } catch (e) {
        // Only AWS's answer may skip the bucket; a missing flight file or a bug fails the run.
        if (!isServiceError(e)) throw e;
        ctx.log?.(
          'warn',
          `s3: cannot read the replication configuration of ${bucket} (${codeOf(e)}); not changed`,
        );
        continue;
      }
      if (!config) continue;
      const Status = opts.state === 'enable' ? 'Enabled' : 'Disabled';
      const rules = Array.isArray(config.Rules) ? (config.Rules as Record<string, unknown>[]) : [];
      calls.push({
        service: 's3',
        operation: 'PutBucketReplication',
        input: {
          Bucket: bucket,
          ReplicationConfiguration: { ...config, Rules: rules.map((r) => ({ ...r, Status })) },
        },
        resourceIds: [bucket],
        describe: `${opts.state} ${rules.length} replication rule${rules.length === 1 ? '' : 's'} of ${bucket}`,
      });
    }
    return inBucketRegions(calls, buckets);
  },
});
