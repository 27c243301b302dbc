import { testAction } from '@c7n-ts/core/testing';
import clusters from '../resource.js';
import snapshot from './snapshot.js';

testAction(snapshot, {
  resourceType: clusters,
  now: Date.parse('2024-03-01T14:05:09Z'),
  valid: [{}],
  invalid: [{ options: { name: 'x' }, messageId: 'schema' }],
  cases: [
    {
      name: 'Backup-<cluster>-<date-time> per cluster',
      options: {},
      resources: [{ DBClusterIdentifier: 'c1' }],
      calls: [
        {
          service: 'rds',
          operation: 'CreateDBClusterSnapshot',
          input: { DBClusterSnapshotIdentifier: 'Backup-c1-2024-03-01-14-05', DBClusterIdentifier: 'c1' },
          resourceIds: ['c1'],
        },
      ],
    },
  ],
});
