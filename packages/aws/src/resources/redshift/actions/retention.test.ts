import { testAction } from '@c7n-ts/core/testing';
import redshift from '../resource.js';
import retention from './retention.js';

testAction(retention, {
  resourceType: redshift,
  valid: [{ days: 21 }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { days: 21, enforce: 'exact' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'only shorter retentions are raised',
      options: { days: 21 },
      resources: [
        { ClusterIdentifier: 'short', AutomatedSnapshotRetentionPeriod: 1 },
        { ClusterIdentifier: 'long', AutomatedSnapshotRetentionPeriod: 35 },
        { ClusterIdentifier: 'exact', AutomatedSnapshotRetentionPeriod: 21 },
      ],
      calls: [
        {
          service: 'redshift',
          operation: 'ModifyCluster',
          input: { ClusterIdentifier: 'short', AutomatedSnapshotRetentionPeriod: 21 },
          resourceIds: ['short'],
        },
      ],
    },
  ],
});
