import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { backupIneligibility, text } from './_instance.js';

export default defineAction({
  type: 'retention',
  resources: ['aws.rds'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['days'],
    properties: {
      days: {
        type: 'integer',
        minimum: 0,
        maximum: 35,
        description: 'Automated backup retention in days (BackupRetentionPeriod; RDS allows 0 to 35).',
      },
      enforce: {
        enum: ['min', 'max', 'exact'],
        default: 'min',
        description:
          '`min` raises shorter retentions to `days`, `max` lowers longer ones to it, `exact` sets it whatever the current value.',
      },
      'copy-tags': {
        type: 'boolean',
        default: true,
        description: 'CopyTagsToSnapshot value to set along with the retention.',
      },
    },
  } as const,
  permissions: ['rds:ModifyDBInstance'],
  doc: {
    summary:
      "Set DB instances' automated backup retention (and CopyTagsToSnapshot) with ModifyDBInstance, only where either differs from what `days`, `enforce` and `copy-tags` ask for. Instances whose retention cannot be set directly are skipped: not `available`, Aurora cluster members (set it on the cluster), postgres read replicas and mysql read replicas before 5.6.",
    example: '- type: retention\n  days: 7\n  enforce: min\n  copy-tags: true',
  },
  reads: () => [
    'DBInstanceIdentifier',
    'BackupRetentionPeriod',
    'CopyTagsToSnapshot',
    'DBInstanceStatus',
    'DBClusterIdentifier',
    'ReadReplicaSourceDBInstanceIdentifier',
    'Engine',
    'EngineVersion',
  ],
  plan(dbs, opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const db of dbs) {
      const id = text(db, 'DBInstanceIdentifier');
      if (!id) continue;
      const why = backupIneligibility(db);
      if (why) {
        ctx.log?.('info', `rds: retention of ${id} not changed: ${why}`);
        continue;
      }
      const now = Number(db.BackupRetentionPeriod ?? 0) || 0;
      const days =
        opts.enforce === 'exact'
          ? opts.days
          : opts.enforce === 'max'
            ? Math.min(now, opts.days)
            : Math.max(now, opts.days);
      const copyTags = opts['copy-tags'];
      // Cloud Custodian calls for every eligible instance; an unchanged one needs no call.
      if (days === now && db.CopyTagsToSnapshot === copyTags) continue;
      calls.push({
        service: 'rds',
        operation: 'ModifyDBInstance',
        input: { DBInstanceIdentifier: id, BackupRetentionPeriod: days, CopyTagsToSnapshot: copyTags },
        resourceIds: [id],
        describe: `set backup retention of ${id} to ${days} day${days === 1 ? '' : 's'} (was ${now}), CopyTagsToSnapshot ${copyTags}`,
      });
    }
    return calls;
  },
});
