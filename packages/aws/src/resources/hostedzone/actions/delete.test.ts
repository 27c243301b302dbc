import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import hostedzone from '../resource.js';
import deleteAction from './delete.js';

const reader = () => {
  const dir = fileURLToPath(new URL('../__fixtures__/delete', import.meta.url));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  return (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1');
};
const zone = { Id: '/hostedzone/ZOLD', Name: 'old.example.com.' };

// ListResourceRecordSets: the apex NS and SOA, and www's A record.
testAction(deleteAction, {
  resourceType: hostedzone,
  context: { read: reader() },
  valid: [{}, { force: true }],
  invalid: [{ options: { force: 'yes' }, messageId: 'schema' }],
  cases: [
    {
      name: 'without force: the zone alone',
      options: {},
      resources: [zone],
      calls: [{ operation: 'DeleteHostedZone', input: { Id: '/hostedzone/ZOLD' } }],
    },
    {
      name: 'with force: the records but apex NS/SOA, then the zone',
      options: { force: true },
      resources: [zone],
      calls: [
        {
          operation: 'ChangeResourceRecordSets',
          input: {
            HostedZoneId: '/hostedzone/ZOLD',
            ChangeBatch: {
              Changes: [{ Action: 'DELETE', ResourceRecordSet: { Name: 'www.old.example.com.', Type: 'A' } }],
            },
          },
        },
        { operation: 'DeleteHostedZone', input: { Id: '/hostedzone/ZOLD' } },
      ],
    },
  ],
});
