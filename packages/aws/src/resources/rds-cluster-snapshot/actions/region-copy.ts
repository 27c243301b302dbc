import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';

type Tag = { Key: string; Value: string };

export default defineAction({
  type: 'region-copy',
  resources: ['aws.rds-cluster-snapshot'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['target_region'],
    properties: {
      target_region: { type: 'string', description: 'Region to copy the cluster snapshots into.' },
      target_key: {
        type: 'string',
        description: 'KMS key (id, alias or ARN in the target region) of the copies.',
      },
      copy_tags: {
        type: 'boolean',
        default: true,
        description:
          "Copy the snapshot's tags to the copy (default true); with `tags` they are added to those.",
      },
      tags: {
        type: 'object',
        additionalProperties: { type: ['string', 'number', 'boolean'] },
        description: 'Tags (key: value) to put on the copies.',
      },
    },
  } as const,
  permissions: ['rds:CopyDBClusterSnapshot'],
  doc: {
    summary:
      "Copy each cluster snapshot into `target_region` (one CopyDBClusterSnapshot call there per snapshot, named like the source with `:` replaced by `-`). When the target is the policy's own region nothing is copied. A `SnapshotQuotaExceeded` answer is retried, from two minutes apart. As in Cloud Custodian, a policy with a `mode` cannot use it (a Lambda may not live long enough to wait).",
    example:
      '- type: region-copy\n  target_region: us-east-2\n  target_key: alias/dr\n  copy_tags: true\n  tags:\n    OriginRegion: us-east-1',
  },
  messages: {
    'mode-not-allowed': 'region-copy cannot run in a mode: the copy may outlast a Lambda run.',
  },
  check(_opts, ctx): Problem[] {
    // c7n's validate refuses any mode, pull included.
    if (!ctx.policy?.mode) return [];
    return [
      {
        messageId: 'mode-not-allowed',
        message: 'region-copy cannot run in a mode: the copy may outlast a Lambda run.',
        hint: 'Run it from the CLI, on a schedule outside Lambda.',
        at: 'key',
      },
    ];
  },
  reads: () => ['DBClusterSnapshotIdentifier', 'DBClusterSnapshotArn', 'Tags'],
  plan(snapshots, opts, ctx) {
    const source = ctx.region ?? 'us-east-1';
    const target = opts.target_region;
    if (target === source) {
      ctx.log?.('warn', 'region-copy: source and target region are the same; nothing copied');
      return [];
    }
    const copyTags = opts.copy_tags ?? true;
    const extra: Tag[] = Object.entries(opts.tags ?? {}).map(([Key, Value]) => ({
      Key,
      Value: String(Value),
    }));
    return snapshots.map((s): PlannedCall => {
      const id = s.DBClusterSnapshotIdentifier as string;
      // c7n: given tags replace CopyTags' copying, so the snapshot's own are added to them.
      const tags = extra.length
        ? [...extra, ...(copyTags && Array.isArray(s.Tags) ? (s.Tags as Tag[]) : [])]
        : [];
      return {
        service: 'rds',
        operation: 'CopyDBClusterSnapshot',
        input: {
          ...(opts.target_key ? { KmsKeyId: opts.target_key } : {}),
          TargetDBClusterSnapshotIdentifier: id.replaceAll(':', '-'),
          SourceRegion: source,
          SourceDBClusterSnapshotIdentifier: s.DBClusterSnapshotArn,
          ...(copyTags ? { CopyTags: true } : {}),
          ...(tags.length ? { Tags: tags } : {}),
        },
        resourceIds: [id],
        describe: `copy ${id} from ${source} to ${target}`,
        // c7n's check for an existing copy: the code it compares with, which AWS sends with a
        // `Fault` suffix, so an existing copy is an error there as here.
        okErrors: ['DBClusterSnapshotAlreadyExists'],
        // c7n retries 30 times from two minutes, doubling; each pause capped at ten minutes.
        retry: { codes: ['SnapshotQuotaExceeded'], attempts: 30, delayMs: 120_000, maxDelayMs: 600_000 },
        region: target,
      };
    });
  },
});
