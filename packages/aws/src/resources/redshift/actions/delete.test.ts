import { testAction } from '@c7n-ts/core/testing';
import redshift from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: redshift,
  now: Date.parse('2024-03-01T14:05:09Z'),
  valid: [{}, { 'skip-snapshot': true }],
  invalid: [{ options: { 'skip-snapshot': 1 }, messageId: 'schema', path: ['skip-snapshot'] }],
  cases: [
    {
      name: 'a final snapshot by default',
      options: {},
      resources: [{ ClusterIdentifier: 'rs-1' }],
      calls: [
        {
          service: 'redshift',
          operation: 'DeleteCluster',
          input: { ClusterIdentifier: 'rs-1', FinalClusterSnapshotIdentifier: 'Final-rs-1-2024-03-01-14-05' },
          resourceIds: ['rs-1'],
          okErrors: ['InvalidClusterState'],
        },
      ],
    },
    {
      name: 'skip-snapshot',
      options: { 'skip-snapshot': true },
      resources: [{ ClusterIdentifier: 'rs-1' }],
      calls: [{ input: { ClusterIdentifier: 'rs-1', SkipFinalClusterSnapshot: true } }],
    },
  ],
});
