import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { startStopIneligibility, text } from './_instance.js';

export default defineAction({
  type: 'start',
  resources: ['aws.rds'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['rds:StartDBInstance'],
  doc: {
    summary:
      'Start DB instances. As in Cloud Custodian, instances RDS would refuse to start are skipped: not `stopped`, Multi-AZ SQL Server, engines without start support, read replicas and their sources, and Aurora cluster members.',
    example: '- start',
  },
  reads: () => [
    'DBInstanceIdentifier',
    'DBInstanceStatus',
    'Engine',
    'MultiAZ',
    'ReadReplicaDBInstanceIdentifiers',
    'ReadReplicaSourceDBInstanceIdentifier',
    'DBClusterIdentifier',
  ],
  plan(dbs, _opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const db of dbs) {
      const id = text(db, 'DBInstanceIdentifier');
      if (!id) continue;
      const why = startStopIneligibility(db, 'stopped');
      if (why) {
        ctx.log?.('info', `rds: not starting ${id}: ${why}`);
        continue;
      }
      calls.push({
        service: 'rds',
        operation: 'StartDBInstance',
        input: { DBInstanceIdentifier: id },
        resourceIds: [id],
        describe: `start ${id}`,
      });
    }
    return calls;
  },
});
