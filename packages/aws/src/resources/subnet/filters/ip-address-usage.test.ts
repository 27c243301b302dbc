import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import subnets from '../resource.js';
import ipAddressUsage from './ip-address-usage.js';

// A /24 has 251 usable addresses, a /28 11.
const resources = () => [
  { SubnetId: 'subnet-empty', CidrBlock: '10.0.1.0/24', AvailableIpAddressCount: 251 },
  { SubnetId: 'subnet-full', CidrBlock: '10.0.2.0/28', AvailableIpAddressCount: 1 },
  { SubnetId: 'subnet-half', CidrBlock: '10.0.3.0/24', AvailableIpAddressCount: 125 },
];

testFilter(ipAddressUsage, {
  resourceType: subnets,
  valid: [{ key: 'NumberUsed', value: 0 }],
  invalid: [
    { options: { key: 'CidrBlock', value: 0 }, messageId: 'schema', path: ['key'] },
    { options: { value: 0 }, messageId: 'missing-key' },
  ],
  cases: [
    {
      name: 'no address in use',
      options: { key: 'NumberUsed', value: 0 },
      resources: resources(),
      matches: ['subnet-empty'],
    },
    {
      name: '90% or more in use',
      options: { key: 'PercentUsed', op: 'greater-than', value: 90 },
      resources: resources(),
      matches: ['subnet-full'],
    },
    {
      name: 'small subnets',
      options: { key: 'MaxAvailable', op: 'lt', value: 100 },
      resources: resources(),
      matches: ['subnet-full'],
    },
  ],
});

it('records the usage, percent to 2 decimals', async () => {
  const ev = ipAddressUsage.compile({ key: 'NumberUsed', value: 126 }, {} as never);
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const [hit] = await ev.process(resources(), { now: 0 } as never);
  expect(hit?.['c7n:IpAddressUsage']).toEqual({ MaxAvailable: 251, NumberUsed: 126, PercentUsed: 50.2 });
});
