import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import endpoints from '../resource.js';
import filter from './security-group.js';

// Flight data: vpc-1 (Env=prod) with subnet-1 (public, routes to igw-1), subnet-2 (private,
// routes to nat-1), sg-1 (web) and sg-2; the default vpc-2 with subnet-3 and sg-3.
const flight = fileURLToPath(new URL('../../vpc/__fixtures__/network', import.meta.url));
const context = {
  provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
};

const resources = [
  { VpcEndpointId: 'vpce-1', Groups: [{ GroupId: 'sg-1' }] },
  { VpcEndpointId: 'vpce-2', Groups: [{ GroupId: 'sg-2' }] },
  { VpcEndpointId: 'vpce-3' },
];

testFilter(filter, {
  resourceType: endpoints,
  context,
  valid: [{ key: 'tag:Tier', value: 'web' }],
  invalid: [{ options: { value: 'x' }, messageId: 'missing-key' }],
  cases: [{ name: 'group tag', options: { key: 'tag:Tier', value: 'web' }, resources, matches: ['vpce-1'] }],
});
