import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import enis from '../resource.js';
import flowLogs from './flow-logs.js';

// Flight data: one ACTIVE flow log of ALL traffic for subnet-1 and one for eni-1.
const flight = fileURLToPath(new URL('../../vpc/__fixtures__/network', import.meta.url));

testFilter(flowLogs, {
  resourceType: enis,
  context: {
    provider: await createAwsProvider({
      regions: ['us-east-1'],
      accountId: '123456789012',
      replay: flight,
    }),
  },
  valid: [{ enabled: true }],
  invalid: [{ options: { enabled: 'yes' }, messageId: 'schema', path: ['enabled'] }],
  cases: [
    {
      name: 'flow logs by NetworkInterfaceId',
      options: { enabled: true, status: 'active' },
      resources: [{ NetworkInterfaceId: 'eni-1' }, { NetworkInterfaceId: 'eni-2' }],
      matches: ['eni-1'],
    },
  ],
});
