import { defineAction } from '@c7n-ts/core';
import { perCluster } from './_cluster.js';

export default defineAction({
  type: 'retention',
  resources: ['aws.rds-cluster'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['days'],
    properties: {
      days: {
        type: 'number',
        description:
          'Automated backup retention in days (BackupRetentionPeriod; RDS allows 1 to 35 for clusters).',
      },
      enforce: {
        enum: ['min', 'max', 'exact'],
        default: 'min',
        description:
          '`min` raises shorter retentions to `days`, `max` lowers longer ones to it, `exact` sets `days` whatever the current value.',
      },
    },
  } as const,
  permissions: ['rds:ModifyDBCluster'],
  doc: {
    summary:
      "Set DB clusters' automated backup retention with ModifyDBCluster, one call per cluster as Cloud Custodian makes it. Except for Aurora Serverless v1 (`EngineMode: serverless`), the cluster's current backup and maintenance windows are sent along.",
    example: '- type: retention\n  days: 21\n  enforce: min',
  },
  reads: () => [
    'DBClusterIdentifier',
    'BackupRetentionPeriod',
    'EngineMode',
    'PreferredBackupWindow',
    'PreferredMaintenanceWindow',
  ],
  plan: (clusters, opts) =>
    perCluster(
      clusters,
      'ModifyDBCluster',
      'set backup retention of',
      (id, c) => {
        const now = Math.trunc(Number(c.BackupRetentionPeriod ?? 0)) || 0;
        const days =
          opts.enforce === 'exact'
            ? opts.days
            : opts.enforce === 'max'
              ? Math.min(now, opts.days)
              : Math.max(now, opts.days);
        const input: Record<string, unknown> = { DBClusterIdentifier: id, BackupRetentionPeriod: days };
        if (c.EngineMode !== 'serverless') {
          input.PreferredBackupWindow = c.PreferredBackupWindow;
          input.PreferredMaintenanceWindow = c.PreferredMaintenanceWindow;
        }
        return input;
      },
      { okErrors: false },
    ).map((call) => ({
      ...call,
      describe: `${call.describe} to ${String(call.input.BackupRetentionPeriod)} days`,
    })),
});
