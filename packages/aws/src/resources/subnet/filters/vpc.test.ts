import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import subnets from '../resource.js';
import filter from './vpc.js';

// Flight data: vpc-1 (Env=prod) with subnet-1 (public, routes to igw-1), subnet-2 (private,
// routes to nat-1), sg-1 (web) and sg-2; the default vpc-2 with subnet-3 and sg-3.
const flight = fileURLToPath(new URL('../../vpc/__fixtures__/network', import.meta.url));
const context = {
  provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
};

const resources = [
  { SubnetId: 'subnet-1', VpcId: 'vpc-1' },
  { SubnetId: 'subnet-3', VpcId: 'vpc-2' },
];

testFilter(filter, {
  resourceType: subnets,
  context,
  valid: [{ key: 'IsDefault', value: true }],
  invalid: [{ options: { value: 'x' }, messageId: 'missing-key' }],
  cases: [
    { name: 'default vpc', options: { key: 'IsDefault', value: true }, resources, matches: ['subnet-3'] },
  ],
});
