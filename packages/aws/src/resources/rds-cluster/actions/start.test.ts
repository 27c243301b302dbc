import { testAction } from '@c7n-ts/core/testing';
import clusters from '../resource.js';
import start from './start.js';

const ok = ['DBClusterNotFoundFault', 'ResourceNotFoundFault', 'InvalidDBClusterStateFault'];

testAction(start, {
  resourceType: clusters,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'one call per cluster; gone or refusing clusters are passed over',
      options: {},
      resources: [{ DBClusterIdentifier: 'c1' }, { DBClusterIdentifier: 'c2' }],
      calls: [
        {
          service: 'rds',
          operation: 'StartDBCluster',
          input: { DBClusterIdentifier: 'c1' },
          resourceIds: ['c1'],
          describe: 'start c1',
          okErrors: ok,
        },
        { operation: 'StartDBCluster', input: { DBClusterIdentifier: 'c2' } },
      ],
    },
  ],
});
