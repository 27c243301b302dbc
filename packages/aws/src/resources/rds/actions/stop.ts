import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { startStopIneligibility, text } from './_instance.js';

export default defineAction({
  type: 'stop',
  resources: ['aws.rds'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['rds:StopDBInstance'],
  doc: {
    summary:
      'Stop DB instances. As in Cloud Custodian, instances RDS would refuse to stop are skipped: not `available`, Multi-AZ SQL Server, engines without stop support, read replicas and their sources, and Aurora cluster members.',
    example: '- stop',
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
      const why = startStopIneligibility(db, 'available');
      if (why) {
        ctx.log?.('info', `rds: not stopping ${id}: ${why}`);
        continue;
      }
      calls.push({
        service: 'rds',
        operation: 'StopDBInstance',
        input: { DBInstanceIdentifier: id },
        resourceIds: [id],
        describe: `stop ${id}`,
      });
    }
    return calls;
  },
});
