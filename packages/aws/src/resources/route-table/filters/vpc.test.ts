import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import tables from '../resource.js';
import filter from './vpc.js';

// Flight data: vpc-1 (Env=prod) with subnet-1 (public, routes to igw-1), subnet-2 (private,
// routes to nat-1), sg-1 (web) and sg-2; the default vpc-2 with subnet-3 and sg-3.
const flight = fileURLToPath(new URL('../../vpc/__fixtures__/network', import.meta.url));
const context = {
  provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
};

const resources = [
  { RouteTableId: 'rtb-1', VpcId: 'vpc-1' },
  { RouteTableId: 'rtb-9', VpcId: 'vpc-2' },
];

testFilter(filter, {
  resourceType: tables,
  context,
  valid: [{ key: 'tag:Env', value: 'prod' }],
  invalid: [{ options: { value: 'x' }, messageId: 'missing-key' }],
  cases: [{ name: 'vpc tag', options: { key: 'tag:Env', value: 'prod' }, resources, matches: ['rtb-1'] }],
});
