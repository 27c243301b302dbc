import type { PlannedCall } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import snapshots from '../resource.js';
import restore from './restore.js';

const restoreTags = [
  { Key: 'VPCSecurityGroups', Value: 'sg-1,sg-2' },
  { Key: 'MultiAZ', Value: 'True' },
  { Key: 'DBSubnetGroupName', Value: 'private' },
  { Key: 'InstanceClass', Value: 'db.t3.micro' },
  { Key: 'StorageType', Value: 'gp3' },
  { Key: 'ParameterGroupName', Value: 'pg-14' },
  { Key: 'OptionGroupName', Value: 'default:postgres-14' },
];
const finalSnap = {
  DBSnapshotIdentifier: 'db-1-final',
  DBInstanceIdentifier: 'db-1',
  Tags: [...restoreTags, { Key: 'App', Value: 'web' }],
};

testAction(restore, {
  resourceType: snapshots,
  valid: [
    {},
    { restore_options: { PubliclyAccessible: false }, modify_options: { BackupRetentionPeriod: 7 } },
  ],
  invalid: [
    { options: { restore_options: 'yes' }, messageId: 'schema', path: ['restore_options'] },
    { options: { restore_instance_name: 'x' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'restores from the tags, waits for the instance, then modifies and reboots it',
      options: {},
      resources: [finalSnap, { DBSnapshotIdentifier: 'untagged', DBInstanceIdentifier: 'db-2', Tags: [] }],
      calls: [
        {
          service: 'rds',
          operation: 'RestoreDBInstanceFromDBSnapshot',
          input: {
            DBInstanceIdentifier: 'db-1',
            DBSnapshotIdentifier: 'db-1-final',
            MultiAZ: true,
            DBSubnetGroupName: 'private',
            DBInstanceClass: 'db.t3.micro',
            CopyTagsToSnapshot: true,
            StorageType: 'gp3',
            OptionGroupName: 'default:postgres-14',
            Tags: [{ Key: 'App', Value: 'web' }],
          },
          resourceIds: ['db-1-final'],
        },
        {
          operation: 'ModifyDBInstance',
          input: {
            DBInstanceIdentifier: 'db-1',
            ApplyImmediately: true,
            DBParameterGroupName: 'pg-14',
            VpcSecurityGroupIds: ['sg-1', 'sg-2'],
          },
        },
        { operation: 'RebootDBInstance', input: { DBInstanceIdentifier: 'db-1', ForceFailover: false } },
      ],
    },
    {
      name: 'restore_options and modify_options override, the new name followed throughout',
      options: {
        restore_options: { DBInstanceIdentifier: 'db-1-restored', MultiAZ: false },
        modify_options: { BackupRetentionPeriod: 7 },
      },
      resources: [finalSnap],
      calls: [
        { input: { DBInstanceIdentifier: 'db-1-restored', MultiAZ: false } },
        { input: { DBInstanceIdentifier: 'db-1-restored', BackupRetentionPeriod: 7 } },
        { input: { DBInstanceIdentifier: 'db-1-restored' } },
      ],
    },
  ],
});

describe('restore and the policy around it', () => {
  const check = (policy: Record<string, unknown>) =>
    (
      restore.check?.(
        {},
        {
          resourceType: snapshots,
          policyName: 'p',
          registry: { filter: () => undefined, action: () => undefined, resource: () => undefined },
          policy,
        },
      ) ?? []
    ).map((p) => p.messageId);
  it('needs the latest filter, as Cloud Custodian does', () => {
    expect(check({ filters: [{ type: 'latest', automatic: false }] })).toEqual([]);
    expect(check({ filters: [{ and: ['latest'] }] })).toEqual([]);
    expect(check({ filters: [{ SnapshotType: 'manual' }] })).toEqual(['restore-needs-latest']);
  });
  it('waits until every instance answered is available', () => {
    const calls = restore.plan([finalSnap], {}, {} as never) as PlannedCall[];
    expect(calls[1]?.waitFor).toMatchObject({
      service: 'rds',
      operation: 'DescribeDBInstances',
      input: { DBInstanceIdentifier: 'db-1' },
    });
    const ready = calls[1]?.waitFor?.ready;
    expect(ready?.({ DBInstances: [{ DBInstanceStatus: 'creating' }] })).toBe(false);
    expect(ready?.({ DBInstances: [] })).toBe(false);
    expect(ready?.({ DBInstances: [{ DBInstanceStatus: 'available' }] })).toBe(true);
  });
});
