import { testAction } from '@c7n-ts/core/testing';
import redshift from '../resource.js';
import resume from './resume.js';

testAction(resume, {
  resourceType: redshift,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'only paused clusters, one call each',
      options: {},
      resources: [
        { ClusterIdentifier: 'rs-1', ClusterStatus: 'paused' },
        { ClusterIdentifier: 'rs-2', ClusterStatus: 'available' },
        { ClusterIdentifier: 'rs-3', ClusterStatus: 'modifying' },
      ],
      calls: [
        {
          service: 'redshift',
          operation: 'ResumeCluster',
          input: { ClusterIdentifier: 'rs-1' },
          resourceIds: ['rs-1'],
          describe: 'resume rs-1',
        },
      ],
    },
  ],
});
