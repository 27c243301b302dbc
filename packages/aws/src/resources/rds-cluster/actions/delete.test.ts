import { testAction } from '@c7n-ts/core/testing';
import clusters from '../resource.js';
import del from './delete.js';

const cluster = {
  DBClusterIdentifier: 'c1',
  DBClusterMembers: [{ DBInstanceIdentifier: 'c1-a' }, { DBInstanceIdentifier: 'c1-b' }],
};

testAction(del, {
  resourceType: clusters,
  now: Date.parse('2024-03-01T14:05:09Z'),
  valid: [{}, { 'skip-snapshot': true, 'delete-instances': false }],
  invalid: [{ options: { 'skip-snapshot': 'yes' }, messageId: 'schema', path: ['skip-snapshot'] }],
  cases: [
    {
      name: 'members first, then the cluster with a final snapshot',
      options: {},
      resources: [cluster],
      calls: [
        {
          operation: 'DeleteDBInstance',
          input: { DBInstanceIdentifier: 'c1-a', SkipFinalSnapshot: true },
          resourceIds: ['c1'],
        },
        { operation: 'DeleteDBInstance', input: { DBInstanceIdentifier: 'c1-b', SkipFinalSnapshot: true } },
        {
          operation: 'DeleteDBCluster',
          input: { DBClusterIdentifier: 'c1', FinalDBSnapshotIdentifier: 'Final-c1-2024-03-01-14-05' },
          okErrors: ['DBClusterNotFoundFault', 'ResourceNotFoundFault'],
        },
      ],
    },
    {
      name: 'skip-snapshot, instances kept',
      options: { 'skip-snapshot': true, 'delete-instances': false },
      resources: [cluster],
      calls: [
        { operation: 'DeleteDBCluster', input: { DBClusterIdentifier: 'c1', SkipFinalSnapshot: true } },
      ],
    },
  ],
});
