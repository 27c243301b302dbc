import { testAction } from '@c7n-ts/core/testing';
import clusters from '../resource.js';
import modify from './modify-db-cluster.js';

testAction(modify, {
  resourceType: clusters,
  valid: [{ attributes: { DeletionProtection: false, CopyTagsToSnapshot: true } }],
  invalid: [
    { options: {}, messageId: 'schema' },
    {
      options: { attributes: { DBClusterIdentifier: 'x' } },
      messageId: 'cluster-id',
      path: ['attributes', 'DBClusterIdentifier'],
    },
    {
      options: { attributes: { DeletionProtect: false } },
      messageId: 'unknown-member',
      path: ['attributes', 'DeletionProtect'],
    },
  ],
  cases: [
    {
      name: 'the attributes, sent to every cluster',
      options: { attributes: { DeletionProtection: false } },
      resources: [{ DBClusterIdentifier: 'c1', DeletionProtection: true }],
      calls: [
        {
          service: 'rds',
          operation: 'ModifyDBCluster',
          input: { DBClusterIdentifier: 'c1', DeletionProtection: false },
          resourceIds: ['c1'],
        },
      ],
    },
  ],
});
