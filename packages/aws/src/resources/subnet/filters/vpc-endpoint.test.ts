import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import subnets from '../resource.js';
import filter from './vpc-endpoint.js';

// Flight data: the Athena interface endpoint vpce-2 is in subnet-1 and subnet-2.
const flight = fileURLToPath(new URL('../../vpc/__fixtures__/network', import.meta.url));
const resources = [{ SubnetId: 'subnet-1' }, { SubnetId: 'subnet-2' }, { SubnetId: 'subnet-3' }];

testFilter(filter, {
  resourceType: subnets,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'ServiceName', value: 'com.amazonaws.us-east-1.athena' }],
  invalid: [{ options: { value: 'x' }, messageId: 'missing-key' }],
  cases: [
    {
      name: 'an Athena endpoint in the subnet',
      options: { key: 'ServiceName', value: 'com.amazonaws.us-east-1.athena' },
      resources,
      matches: ['subnet-1', 'subnet-2'],
    },
  ],
});
