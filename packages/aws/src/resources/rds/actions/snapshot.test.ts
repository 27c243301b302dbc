import { testAction } from '@c7n-ts/core/testing';
import rds from '../resource.js';
import snapshot from './snapshot.js';

const db = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceStatus: 'available',
  Engine: 'mysql',
  EngineVersion: '8.0.35',
  ...extra,
});

testAction(snapshot, {
  resourceType: rds,
  now: Date.UTC(2026, 0, 2, 3, 4),
  valid: [{}],
  invalid: [{ options: { 'snapshot-prefix': 'x' }, messageId: 'schema' }],
  cases: [
    {
      name: 'snapshots instances that can be backed up',
      options: {},
      resources: [
        db('db-1'),
        db('busy', { DBInstanceStatus: 'modifying' }),
        db('member', { DBClusterIdentifier: 'c1' }),
        db('pg-replica', { Engine: 'postgres', ReadReplicaSourceDBInstanceIdentifier: 'pg' }),
        db('old-replica', { EngineVersion: '5.5.62', ReadReplicaSourceDBInstanceIdentifier: 'old' }),
        db('new-replica', { EngineVersion: '5.7.44', ReadReplicaSourceDBInstanceIdentifier: 'new' }),
      ],
      calls: [
        {
          service: 'rds',
          operation: 'CreateDBSnapshot',
          input: { DBSnapshotIdentifier: 'Backup-db-1-2026-01-02-03-04', DBInstanceIdentifier: 'db-1' },
          resourceIds: ['db-1'],
          describe: 'snapshot db-1 as Backup-db-1-2026-01-02-03-04',
        },
        { input: { DBInstanceIdentifier: 'new-replica' } },
      ],
    },
  ],
});
