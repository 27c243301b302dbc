import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import endpoints from '../resource.js';
import filter from './subnet.js';

// Flight data: vpc-1 (Env=prod) with subnet-1 (public, routes to igw-1), subnet-2 (private,
// routes to nat-1), sg-1 (web) and sg-2; the default vpc-2 with subnet-3 and sg-3.
const flight = fileURLToPath(new URL('../../vpc/__fixtures__/network', import.meta.url));
const context = {
  provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
};

const resources = [
  { VpcEndpointId: 'vpce-1', SubnetIds: ['subnet-1', 'subnet-2'] },
  { VpcEndpointId: 'vpce-2', SubnetIds: ['subnet-3'] },
  { VpcEndpointId: 'vpce-3', SubnetIds: [] },
];

testFilter(filter, {
  resourceType: endpoints,
  context,
  valid: [{ key: 'tag:Tier', value: 'private' }],
  invalid: [{ options: { value: 'x' }, messageId: 'missing-key' }],
  cases: [
    { name: 'subnet tag', options: { key: 'tag:Tier', value: 'private' }, resources, matches: ['vpce-1'] },
    {
      name: 'subnet count',
      options: { value_type: 'resource_count', value: 2, op: 'gte' },
      resources,
      matches: ['vpce-1'],
    },
  ],
});
