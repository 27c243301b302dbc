import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import tables from '../resource.js';
import crossAz from './cross-az-nat-gateway-route.js';

// Flight data: nat-1 sits in subnet-1 (us-east-1a); subnet-2 is in us-east-1b.
const flight = fileURLToPath(new URL('../../vpc/__fixtures__/network', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const natRoute = { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-1', State: 'active' };
const resources = () => [
  // subnet-2 (1b) routes to nat-1 (1a): cross-AZ.
  { RouteTableId: 'rtb-3', VpcId: 'vpc-1', Associations: [{ SubnetId: 'subnet-2' }], Routes: [natRoute] },
  // subnet-1 (1a) routes to nat-1 (1a): same AZ.
  { RouteTableId: 'rtb-2', VpcId: 'vpc-1', Associations: [{ SubnetId: 'subnet-1' }], Routes: [natRoute] },
  // A blackholed route is not looked at.
  {
    RouteTableId: 'rtb-4',
    VpcId: 'vpc-2',
    Associations: [{ Main: true }],
    Routes: [{ ...natRoute, State: 'blackhole' }],
  },
];

testFilter(crossAz, {
  resourceType: tables,
  context: { provider: await provider() },
  valid: [{}],
  invalid: [{ options: { az: 'us-east-1a' }, messageId: 'schema' }],
  cases: [
    {
      name: 'a subnet routed to a NAT gateway in another AZ',
      options: {},
      resources: resources(),
      matches: ['rtb-3'],
    },
  ],
});

it('records the mismatch by gateway', async () => {
  const ev = crossAz.compile({}, { resourceType: tables } as never);
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const [hit] = await ev.process(resources(), { now: 0, provider: await provider(), region: 'us-east-1' });
  expect(hit?.['c7n:nat-az-mismatch']).toEqual({
    'nat-1': { NatGatewayAz: 'us-east-1a', Subnets: { 'subnet-2': 'us-east-1b' } },
  });
});
