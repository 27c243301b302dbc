import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import distribution from '../resource.js';
import setProtocols from './set-protocols.js';

const reader = (fixture: string) => {
  const dir = fileURLToPath(new URL(`../__fixtures__/${fixture}`, import.meta.url));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  return (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1');
};

// GetDistributionConfig: default and /api/* behaviors allow-all, origin `api` custom (http-only, TLSv1).
testAction(setProtocols, {
  resourceType: distribution,
  context: { read: reader('config') },
  valid: [{ ViewerProtocolPolicy: 'https-only' }, { OriginSslProtocols: ['TLSv1.2'] }],
  invalid: [
    { options: { ViewerProtocolPolicy: 'https' }, messageId: 'schema' },
    { options: { OriginSslProtocols: ['TLSv1.3'] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'viewer policy on every cache behavior',
      options: { ViewerProtocolPolicy: 'https-only' },
      resources: [{ Id: 'E1' }],
      calls: [
        {
          operation: 'UpdateDistribution',
          input: {
            Id: 'E1',
            IfMatch: 'E1ETAG',
            DistributionConfig: {
              DefaultCacheBehavior: { ViewerProtocolPolicy: 'https-only' },
              CacheBehaviors: { Items: [{ PathPattern: '/api/*', ViewerProtocolPolicy: 'https-only' }] },
            },
          },
        },
      ],
    },
    {
      name: 'custom origins: protocol policy and SSL protocols with their quantity',
      options: { OriginProtocolPolicy: 'https-only', OriginSslProtocols: ['TLSv1.1', 'TLSv1.2'] },
      resources: [{ Id: 'E1' }],
      calls: [
        {
          operation: 'UpdateDistribution',
          input: {
            DistributionConfig: {
              DefaultCacheBehavior: { ViewerProtocolPolicy: 'allow-all' },
              Origins: {
                Items: [
                  { Id: 'bucket' },
                  {
                    Id: 'api',
                    CustomOriginConfig: {
                      OriginProtocolPolicy: 'https-only',
                      OriginSslProtocols: { Quantity: 2, Items: ['TLSv1.1', 'TLSv1.2'] },
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    },
  ],
});
