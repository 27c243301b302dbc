import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import distribution from '../resource.js';
import disable from './disable.js';

const reader = (fixture: string) => {
  const dir = fileURLToPath(new URL(`../__fixtures__/${fixture}`, import.meta.url));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  return (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1');
};

// GetDistributionConfig answers an enabled config with ETag E1ETAG.
testAction(disable, {
  resourceType: distribution,
  context: { read: reader('config') },
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'the config read, written back disabled with its ETag',
      options: {},
      resources: [{ Id: 'E1' }],
      calls: [
        {
          operation: 'UpdateDistribution',
          input: { Id: 'E1', IfMatch: 'E1ETAG', DistributionConfig: { Enabled: false, Comment: 'site' } },
          resourceIds: ['E1'],
        },
      ],
    },
  ],
});

// The distribution was deleted since the listing: nothing planned.
testAction(disable, {
  resourceType: distribution,
  context: { read: reader('gone') },
  valid: [],
  invalid: [],
  cases: [
    { name: 'a config that cannot be read is skipped', options: {}, resources: [{ Id: 'E2' }], calls: [] },
  ],
});
