import { defineAction } from '@c7n-ts/core';
import { snapshotIdentifier } from '../../rds/actions/_instance.js';
import { perActiveTable } from './_table.js';

export default defineAction({
  type: 'backup',
  resources: ['aws.dynamodb-table'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      prefix: {
        type: 'string',
        description: 'Start of the backup name, `<prefix>-<table>-<YYYY-MM-DD-HH-MM>`; default `Backup`.',
      },
    },
  } as const,
  permissions: ['dynamodb:CreateBackup'],
  doc: {
    summary:
      'Take an on-demand backup (CreateBackup) of each ACTIVE table (others are passed over, as Cloud Custodian does), named `<prefix>-<table>-<YYYY-MM-DD-HH-MM>` (UTC), `Backup` unless `prefix` says otherwise.',
    example: '- type: backup\n  prefix: nightly',
  },
  reads: () => ['TableName', 'TableStatus'],
  plan: (tables, opts, ctx) =>
    perActiveTable(tables, 'CreateBackup', 'back up', ctx.log, (name) => ({
      BackupName: snapshotIdentifier(opts.prefix ?? 'Backup', name, ctx.now),
      TableName: name,
    })),
});
