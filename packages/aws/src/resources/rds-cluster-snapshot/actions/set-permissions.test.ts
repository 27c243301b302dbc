import { testAction } from '@c7n-ts/core/testing';
import snapshots from '../resource.js';
import setPermissions from './set-permissions.js';

testAction<Record<string, unknown>>(setPermissions, {
  resourceType: snapshots,
  valid: [{}, { add: ['112233445566'] }, { remove: ['all'] }],
  invalid: [
    { options: { add: ['1234'] }, messageId: 'schema', path: ['add', '0'] },
    { options: { remove: 'some' }, messageId: 'schema', path: ['remove'] },
  ],
  cases: [
    {
      name: 'remove matched and add: one ModifyDBClusterSnapshotAttribute (restore) each',
      options: { remove: 'matched', add: ['112233445566'] },
      resources: [
        { DBClusterSnapshotIdentifier: 'aurora-1', 'c7n:CrossAccountViolations': ['all', '222222222222'] },
      ],
      calls: [
        {
          service: 'rds',
          operation: 'ModifyDBClusterSnapshotAttribute',
          input: {
            DBClusterSnapshotIdentifier: 'aurora-1',
            AttributeName: 'restore',
            ValuesToRemove: ['all', '222222222222'],
            ValuesToAdd: ['112233445566'],
          },
          resourceIds: ['aurora-1'],
        },
      ],
    },
    {
      name: 'neither option: every account of the restore list read by cross-account goes; none shared: no call',
      options: {},
      resources: [
        { DBClusterSnapshotIdentifier: 'aurora-1', 'c7n:attributes': { restore: ['222222222222'] } },
        { DBClusterSnapshotIdentifier: 'aurora-2', 'c7n:attributes': { restore: [] } },
      ],
      calls: [
        {
          operation: 'ModifyDBClusterSnapshotAttribute',
          input: {
            DBClusterSnapshotIdentifier: 'aurora-1',
            ValuesToRemove: ['222222222222'],
            ValuesToAdd: [],
          },
        },
      ],
    },
  ],
});
