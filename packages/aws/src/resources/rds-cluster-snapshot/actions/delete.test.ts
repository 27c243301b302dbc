import { testAction } from '@c7n-ts/core/testing';
import snapshots from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: snapshots,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'every snapshot, in reverse listing order (as c7n), automated ones too',
      options: {},
      resources: [
        { DBClusterSnapshotIdentifier: 'a', SnapshotType: 'manual' },
        { DBClusterSnapshotIdentifier: 'b', SnapshotType: 'automated' },
      ],
      calls: [
        {
          service: 'rds',
          operation: 'DeleteDBClusterSnapshot',
          input: { DBClusterSnapshotIdentifier: 'b' },
          resourceIds: ['b'],
          okErrors: ['DBSnapshotNotFound', 'InvalidDBSnapshotState'],
        },
        { operation: 'DeleteDBClusterSnapshot', input: { DBClusterSnapshotIdentifier: 'a' } },
      ],
    },
  ],
});
