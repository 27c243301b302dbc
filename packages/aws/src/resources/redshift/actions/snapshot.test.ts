import { testAction } from '@c7n-ts/core/testing';
import redshift from '../resource.js';
import snapshot from './snapshot.js';

testAction(snapshot, {
  resourceType: redshift,
  now: Date.parse('2024-03-01T14:05:09Z'),
  valid: [{}],
  invalid: [{ options: { name: 'x' }, messageId: 'schema' }],
  cases: [
    {
      name: "Backup-<cluster>-<date-time>, with the cluster's tags",
      options: {},
      resources: [{ ClusterIdentifier: 'rs-1', Tags: [{ Key: 'Env', Value: 'prod' }] }],
      calls: [
        {
          service: 'redshift',
          operation: 'CreateClusterSnapshot',
          input: {
            SnapshotIdentifier: 'Backup-rs-1-2024-03-01-14-05',
            ClusterIdentifier: 'rs-1',
            Tags: [{ Key: 'Env', Value: 'prod' }],
          },
          resourceIds: ['rs-1'],
        },
      ],
    },
  ],
});
