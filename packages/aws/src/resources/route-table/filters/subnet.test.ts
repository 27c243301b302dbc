import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import tables from '../resource.js';
import subnet from './subnet.js';

// Flight data: subnet-1 (public) uses rtb-2 (to igw-1), subnet-2 (private) rtb-3 (to nat-1);
// rtb-1 is vpc-1's main table, which no subnet falls back to; vpc-2's subnet-3 uses rtb-9,
// vpc-2's main table.
const flight = fileURLToPath(new URL('../../vpc/__fixtures__/network', import.meta.url));
const resources = () => [
  { RouteTableId: 'rtb-1', VpcId: 'vpc-1', Associations: [{ Main: true }] },
  { RouteTableId: 'rtb-2', VpcId: 'vpc-1', Associations: [{ SubnetId: 'subnet-1' }] },
  { RouteTableId: 'rtb-3', VpcId: 'vpc-1', Associations: [{ SubnetId: 'subnet-2' }] },
  { RouteTableId: 'rtb-9', VpcId: 'vpc-2', Associations: [{ Main: true }] },
];

testFilter(subnet, {
  resourceType: tables,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'tag:Tier', value: 'public' }],
  invalid: [{ options: { value: 'x' }, messageId: 'missing-key' }],
  cases: [
    {
      name: 'explicitly associated subnet',
      options: { key: 'tag:Tier', value: 'private' },
      resources: resources(),
      matches: ['rtb-3'],
    },
    {
      name: "a main table's implicit subnets",
      options: { key: 'CidrBlock', value: '172.31.0.0/20' },
      resources: resources(),
      matches: ['rtb-9'],
    },
  ],
});
