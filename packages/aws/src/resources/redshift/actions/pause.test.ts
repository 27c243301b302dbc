import { testAction } from '@c7n-ts/core/testing';
import redshift from '../resource.js';
import pause from './pause.js';

testAction(pause, {
  resourceType: redshift,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'only available clusters, one call each',
      options: {},
      resources: [
        { ClusterIdentifier: 'rs-1', ClusterStatus: 'available' },
        { ClusterIdentifier: 'rs-2', ClusterStatus: 'paused' },
        { ClusterIdentifier: 'rs-3', ClusterStatus: 'modifying' },
      ],
      calls: [
        {
          service: 'redshift',
          operation: 'PauseCluster',
          input: { ClusterIdentifier: 'rs-1' },
          resourceIds: ['rs-1'],
          describe: 'pause rs-1',
        },
      ],
    },
  ],
});
