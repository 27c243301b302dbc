import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import enis from '../resource.js';
import setFlowLog from './set-flow-log.js';

// Flight data: eni-1 has flow log fl-4.
const dir = fileURLToPath(new URL('../../vpc/__fixtures__/network', import.meta.url));
const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
const read = (service: string, operation: string, input: Record<string, unknown>) =>
  clients.send(service, operation, input, 'us-east-1');

testAction(setFlowLog, {
  resourceType: enis,
  context: { read },
  valid: [{ attrs: { LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-bucket' } }],
  invalid: [{ options: { state: 'off' }, messageId: 'schema', path: ['state'] }],
  cases: [
    {
      name: 'flow logs of type NetworkInterface',
      options: { attrs: { LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-bucket' } },
      resources: [{ NetworkInterfaceId: 'eni-1' }],
      calls: [
        { operation: 'CreateFlowLogs', input: { ResourceIds: ['eni-1'], ResourceType: 'NetworkInterface' } },
      ],
    },
    {
      name: 'state false deletes its flow log',
      options: { state: false },
      resources: [{ NetworkInterfaceId: 'eni-1' }],
      calls: [{ operation: 'DeleteFlowLogs', input: { FlowLogIds: ['fl-4'] }, resourceIds: ['eni-1'] }],
    },
  ],
});
