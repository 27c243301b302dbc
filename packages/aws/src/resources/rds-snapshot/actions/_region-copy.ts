/**
 * `region-copy` of RDS instance and cluster snapshots: the same action over the DB and
 * DBCluster snapshot APIs (CopyDBSnapshot / CopyDBClusterSnapshot and their field names).
 */
import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';

type Tag = { Key: string; Value: string };

export interface RegionCopySpec {
  type: 'aws.rds-snapshot' | 'aws.rds-cluster-snapshot';
  /** `DB` or `DBCluster`: the infix of the API's operation and field names. */
  api: 'DB' | 'DBCluster';
  /** `snapshot` or `cluster snapshot`, for the docs. */
  noun: string;
  summary: string;
  example: string;
}

export function regionCopyAction({ type, api, noun, summary, example }: RegionCopySpec) {
  const op = `Copy${api}Snapshot`;
  return defineAction({
    type: 'region-copy',
    resources: [type],
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['target_region'],
      properties: {
        target_region: { type: 'string', description: `Region to copy the ${noun}s into.` },
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
    permissions: [`rds:${op}`],
    doc: { summary, example },
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
    reads: () => [`${api}SnapshotIdentifier`, `${api}SnapshotArn`, 'Tags'],
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
        const id = s[`${api}SnapshotIdentifier`] as string;
        // c7n: given tags replace CopyTags' copying, so the snapshot's own are added to them.
        const tags = extra.length
          ? [...extra, ...(copyTags && Array.isArray(s.Tags) ? (s.Tags as Tag[]) : [])]
          : [];
        return {
          service: 'rds',
          operation: op,
          input: {
            ...(opts.target_key ? { KmsKeyId: opts.target_key } : {}),
            [`Target${api}SnapshotIdentifier`]: id.replaceAll(':', '-'),
            SourceRegion: source,
            [`Source${api}SnapshotIdentifier`]: s[`${api}SnapshotArn`],
            ...(copyTags ? { CopyTags: true } : {}),
            ...(tags.length ? { Tags: tags } : {}),
          },
          resourceIds: [id],
          describe: `copy ${id} from ${source} to ${target}`,
          // The code c7n compares with; for cluster snapshots AWS sends it with a `Fault` suffix,
          // so an existing cluster copy is an error there as here.
          okErrors: [`${api}SnapshotAlreadyExists`],
          // At most five copies are in flight per region: c7n retries 30 times from two minutes,
          // doubling; we cap each pause at ten minutes so a run ends within hours.
          retry: { codes: ['SnapshotQuotaExceeded'], attempts: 30, delayMs: 120_000, maxDelayMs: 600_000 },
          region: target,
        };
      });
    },
  });
}
