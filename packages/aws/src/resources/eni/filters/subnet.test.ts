import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import eni from '../resource.js';
import filter from './subnet.js';

// Flight data: vpc-1 (Env=prod) with subnet-1 (public, routes to igw-1), subnet-2 (private,
// routes to nat-1), sg-1 (web) and sg-2; the default vpc-2 with subnet-3 and sg-3.
const flight = fileURLToPath(new URL('../../vpc/__fixtures__/network', import.meta.url));
const context = {
  provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
};

const resources = [
  { NetworkInterfaceId: 'eni-1', SubnetId: 'subnet-1' },
  { NetworkInterfaceId: 'eni-2', SubnetId: 'subnet-2' },
  { NetworkInterfaceId: 'eni-3', SubnetId: 'subnet-3' },
];

testFilter(filter, {
  resourceType: eni,
  context,
  valid: [{ key: 'CidrBlock', value: '10.0.2.0/24' }],
  invalid: [{ options: { value: 'x' }, messageId: 'missing-key' }],
  cases: [
    {
      name: 'subnet cidr',
      options: { key: 'CidrBlock', value: '10.0.2.0/24' },
      resources,
      matches: ['eni-2'],
    },
    { name: 'subnet routing to an internet gateway', options: { igw: true }, resources, matches: ['eni-1'] },
    {
      name: 'subnet routing to a NAT gateway, with a value',
      options: { key: 'SubnetId', value: 'present', nat: true },
      resources,
      matches: ['eni-2'],
    },
  ],
});
