import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { expect } from 'vitest';
import { createClients } from '../../../clients/index.js';
import eks from '../resource.js';
import del from './delete.js';

// Flight data: prod has node groups general and gpu and Fargate profile batch; listing the node
// groups of `gone` answers ResourceNotFoundException.
const flight = fileURLToPath(new URL('../__fixtures__/delete', import.meta.url));
const reader = () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
  return (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1');
};
const gone = expect.objectContaining({ doneOn: ['ResourceNotFoundException'] });

testAction(del, {
  resourceType: eks,
  context: { read: reader() },
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'node groups, then each Fargate profile awaited, the node groups awaited, the cluster; a cluster gone skipped',
      options: {},
      resources: [{ name: 'prod' }, { name: 'gone' }],
      calls: [
        {
          service: 'eks',
          operation: 'DeleteNodegroup',
          input: { clusterName: 'prod', nodegroupName: 'general' },
          resourceIds: ['prod'],
        },
        { operation: 'DeleteNodegroup', input: { clusterName: 'prod', nodegroupName: 'gpu' } },
        { operation: 'DeleteFargateProfile', input: { clusterName: 'prod', fargateProfileName: 'batch' } },
        {
          operation: 'DescribeFargateProfile',
          waitFor: expect.objectContaining({
            operation: 'DescribeFargateProfile',
            doneOn: ['ResourceNotFoundException'],
          }),
        },
        { operation: 'DescribeNodegroup', input: { nodegroupName: 'general' }, waitFor: gone },
        { operation: 'DescribeNodegroup', input: { nodegroupName: 'gpu' }, waitFor: gone },
        { operation: 'DeleteCluster', input: { name: 'prod' }, okErrors: ['ResourceNotFoundException'] },
      ],
    },
  ],
});
