import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import tables from '../resource.js';
import route from './route.js';

const local = { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local' };
const igw = { DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-1' };
const nat = { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-1' };
const resources = () => [
  { RouteTableId: 'rtb-1', Routes: [local] },
  { RouteTableId: 'rtb-2', Routes: [local, igw] },
  { RouteTableId: 'rtb-3', Routes: [local, nat] },
  { RouteTableId: 'rtb-4' },
];

testFilter(route, {
  resourceType: tables,
  valid: [{ key: 'GatewayId', value: 'igw-.*', op: 'regex' }],
  invalid: [
    { options: { value: 'x' }, messageId: 'missing-key' },
    { options: { key: 'GatewayId', value: 1, routes: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'a route to an internet gateway',
      options: { key: 'GatewayId', value: 'igw-.*', op: 'regex' },
      resources: resources(),
      matches: ['rtb-2'],
    },
    {
      name: 'a default route',
      options: { key: 'DestinationCidrBlock', value: '0.0.0.0/0' },
      resources: resources(),
      matches: ['rtb-2', 'rtb-3'],
    },
  ],
});

it('records the matched routes', async () => {
  const ev = route.compile({ key: 'NatGatewayId', value: 'present' }, {} as never);
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const [hit] = await ev.process(resources(), { now: 0 } as never);
  expect(hit?.['c7n:matched-routes']).toEqual([nat]);
});
