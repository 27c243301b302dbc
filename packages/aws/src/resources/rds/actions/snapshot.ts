import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { backupIneligibility, snapshotIdentifier, text } from './_instance.js';

export default defineAction({
  type: 'snapshot',
  resources: ['aws.rds'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['rds:CreateDBSnapshot'],
  doc: {
    summary:
      'Take a manual snapshot of each DB instance, named `Backup-<instance>-<YYYY-MM-DD-HH-MM>` (UTC) as Cloud Custodian names it. Instances that cannot be snapshotted this way are skipped: not `available`, Aurora cluster members (snapshot the cluster), postgres read replicas and mysql read replicas before 5.6.',
    example: '- snapshot',
  },
  reads: () => [
    'DBInstanceIdentifier',
    'DBInstanceStatus',
    'DBClusterIdentifier',
    'ReadReplicaSourceDBInstanceIdentifier',
    'Engine',
    'EngineVersion',
  ],
  plan(dbs, _opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const db of dbs) {
      const id = text(db, 'DBInstanceIdentifier');
      if (!id) continue;
      const why = backupIneligibility(db);
      if (why) {
        ctx.log?.('info', `rds: no snapshot of ${id}: ${why}`);
        continue;
      }
      const snapshot = snapshotIdentifier('Backup', id, ctx.now);
      calls.push({
        service: 'rds',
        operation: 'CreateDBSnapshot',
        input: { DBSnapshotIdentifier: snapshot, DBInstanceIdentifier: id },
        resourceIds: [id],
        describe: `snapshot ${id} as ${snapshot}`,
      });
    }
    return calls;
  },
});
