import { testAction } from '@c7n-ts/core/testing';
import rds from '../resource.js';
import del from './delete.js';

const now = Date.UTC(2026, 10, 23, 14, 5, 9);
const db = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  DBInstanceStatus: 'available',
  Engine: 'postgres',
  ...extra,
});
const restorable = {
  VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1' }, { VpcSecurityGroupId: 'sg-2' }],
  OptionGroupMemberships: [{ OptionGroupName: 'default:postgres-15' }],
  DBParameterGroups: [{ DBParameterGroupName: 'default.postgres15' }],
  DBInstanceClass: 'db.t3.micro',
  StorageType: 'gp3',
  MultiAZ: false,
  DBSubnetGroup: { DBSubnetGroupName: 'private' },
};

testAction(del, {
  resourceType: rds,
  now,
  valid: [{}, { 'skip-snapshot': true }, { 'copy-restore-info': true }],
  invalid: [
    { options: { 'skip-snapshot': 'yes' }, messageId: 'schema', path: ['skip-snapshot'] },
    {
      options: { 'skip-snapshot': true, 'copy-restore-info': true },
      messageId: 'skip-with-restore-info',
      path: ['copy-restore-info'],
    },
    { options: { snapshot: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'takes a final snapshot named as Cloud Custodian names it',
      options: {},
      resources: [db('db-2')],
      calls: [
        {
          service: 'rds',
          operation: 'DeleteDBInstance',
          input: { DBInstanceIdentifier: 'db-2', FinalDBSnapshotIdentifier: 'Final-db-2-2026-11-23-14-05' },
          resourceIds: ['db-2'],
          describe: 'delete db-2 after final snapshot Final-db-2-2026-11-23-14-05',
          okErrors: ['DBInstanceNotFound', 'InvalidDBInstanceState'],
        },
      ],
    },
    {
      name: 'skips the snapshot when asked, or where RDS cannot take one; leaves cluster members alone',
      options: {},
      resources: [
        db('replica', { ReadReplicaSourceDBInstanceIdentifier: 'db-2' }),
        db('failed', { DBInstanceStatus: 'failed' }),
        db('aurora-1', { DBClusterIdentifier: 'aurora' }),
      ],
      calls: [
        {
          input: { DBInstanceIdentifier: 'replica', SkipFinalSnapshot: true },
          describe: 'delete replica without a final snapshot (it is a read replica)',
        },
        { input: { DBInstanceIdentifier: 'failed', SkipFinalSnapshot: true } },
      ],
    },
    {
      options: { 'skip-snapshot': true },
      resources: [db('db-1')],
      calls: [
        {
          operation: 'DeleteDBInstance',
          input: { DBInstanceIdentifier: 'db-1', SkipFinalSnapshot: true },
          describe: 'delete db-1 without a final snapshot',
        },
      ],
    },
    {
      name: 'copies restore info as tags, turns on CopyTagsToSnapshot, then deletes',
      options: { 'copy-restore-info': true },
      resources: [
        db('db-3', { ...restorable, CopyTagsToSnapshot: false }),
        db('db-4', { ...restorable, CopyTagsToSnapshot: true }),
      ],
      calls: [
        {
          operation: 'AddTagsToResource',
          input: {
            ResourceName: 'arn:aws:rds:us-east-1:123456789012:db:db-3',
            Tags: [
              { Key: 'VPCSecurityGroups', Value: 'sg-1,sg-2' },
              { Key: 'OptionGroupName', Value: 'default:postgres-15' },
              { Key: 'ParameterGroupName', Value: 'default.postgres15' },
              { Key: 'InstanceClass', Value: 'db.t3.micro' },
              { Key: 'StorageType', Value: 'gp3' },
              { Key: 'MultiAZ', Value: 'False' },
              { Key: 'DBSubnetGroupName', Value: 'private' },
            ],
          },
          resourceIds: ['db-3'],
        },
        { operation: 'ModifyDBInstance', input: { DBInstanceIdentifier: 'db-3', CopyTagsToSnapshot: true } },
        {
          operation: 'DeleteDBInstance',
          input: { FinalDBSnapshotIdentifier: 'Final-db-3-2026-11-23-14-05' },
        },
        { operation: 'AddTagsToResource', resourceIds: ['db-4'] },
        { operation: 'DeleteDBInstance', resourceIds: ['db-4'] },
      ],
    },
    {
      name: 'does not delete an instance whose restore info is incomplete',
      options: { 'copy-restore-info': true },
      resources: [db('db-5', { ...restorable, OptionGroupMemberships: [] })],
      calls: [],
    },
  ],
});
