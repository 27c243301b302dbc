import { testAction } from '@c7n-ts/core/testing';
import rds from '../resource.js';
import stop from './stop.js';

const db = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceStatus: 'available',
  Engine: 'mysql',
  ...extra,
});

testAction(stop, {
  resourceType: rds,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'stops available instances RDS can stop, and skips the others',
      options: {},
      resources: [
        db('db-1'),
        db('stopped', { DBInstanceStatus: 'stopped' }),
        db('mssql', { Engine: 'sqlserver-se', MultiAZ: true }),
        db('aurora-1', { Engine: 'aurora-mysql' }),
        db('source', { ReadReplicaDBInstanceIdentifiers: ['replica'] }),
        db('replica', { ReadReplicaSourceDBInstanceIdentifier: 'source' }),
        db('member', { DBClusterIdentifier: 'c1' }),
        db('db-2', { Engine: 'sqlserver-se', MultiAZ: false, ReadReplicaDBInstanceIdentifiers: [] }),
      ],
      calls: [
        {
          service: 'rds',
          operation: 'StopDBInstance',
          input: { DBInstanceIdentifier: 'db-1' },
          resourceIds: ['db-1'],
          describe: 'stop db-1',
        },
        { operation: 'StopDBInstance', input: { DBInstanceIdentifier: 'db-2' } },
      ],
    },
  ],
});
