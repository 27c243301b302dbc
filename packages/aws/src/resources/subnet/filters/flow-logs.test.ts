import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import subnets from '../resource.js';
import flowLogs from './flow-logs.js';

// Flight data: one ACTIVE flow log of ALL traffic for subnet-1 and one for eni-1.
const flight = fileURLToPath(new URL('../../vpc/__fixtures__/network', import.meta.url));

testFilter(flowLogs, {
  resourceType: subnets,
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
      name: 'flow logs by SubnetId',
      options: { enabled: true, status: 'active' },
      resources: [{ SubnetId: 'subnet-1' }, { SubnetId: 'subnet-2' }],
      matches: ['subnet-1'],
    },
  ],
});
