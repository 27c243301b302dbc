import { testAction } from '@c7n-ts/core/testing';
import snapshots from '../resource.js';
import setPermissions from './set-permissions.js';

const shared = {
  SnapshotId: 'snap-1',
  'c7n:CrossAccountViolations': ['111111111111', 'all'],
};

testAction(setPermissions, {
  resourceType: snapshots,
  valid: [{}, { remove: 'matched' }, { remove: ['111111111111'], add: ['222222222222'] }],
  invalid: [
    { options: { remove: 'all' }, messageId: 'schema', path: ['remove'] },
    // Account ids only: 12 characters.
    { options: { add: ['1234'] }, messageId: 'schema', path: ['add', '0'] },
    { options: { accounts: ['111111111111'] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'neither add nor remove resets the permission',
      options: {},
      resources: [shared],
      calls: [
        {
          service: 'ec2',
          operation: 'ResetSnapshotAttribute',
          input: { SnapshotId: 'snap-1', Attribute: 'createVolumePermission' },
          resourceIds: ['snap-1'],
        },
      ],
    },
    {
      name: 'matched removes the accounts and the public group the filter found',
      options: { remove: 'matched' },
      resources: [shared, { SnapshotId: 'snap-2' }],
      calls: [
        {
          operation: 'ModifySnapshotAttribute',
          input: {
            SnapshotId: 'snap-1',
            CreateVolumePermission: { Remove: [{ UserId: '111111111111' }, { Group: 'all' }] },
            OperationType: 'remove',
          },
          resourceIds: ['snap-1'],
        },
      ],
    },
    {
      name: 'remove then add, one call each',
      options: { remove: ['111111111111'], add: ['222222222222', '333333333333'] },
      resources: [{ SnapshotId: 'snap-1' }],
      calls: [
        {
          operation: 'ModifySnapshotAttribute',
          input: {
            SnapshotId: 'snap-1',
            CreateVolumePermission: { Remove: [{ UserId: '111111111111' }] },
            OperationType: 'remove',
          },
        },
        {
          operation: 'ModifySnapshotAttribute',
          input: {
            SnapshotId: 'snap-1',
            CreateVolumePermission: { Add: [{ UserId: '222222222222' }, { UserId: '333333333333' }] },
            OperationType: 'add',
          },
        },
      ],
    },
  ],
});
