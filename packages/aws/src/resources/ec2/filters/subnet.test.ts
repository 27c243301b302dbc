import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import subnet from './subnet.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-subnet', import.meta.url));

const resources = [
  { InstanceId: 'i-public', NetworkInterfaces: [{ SubnetId: 'subnet-0b1' }] },
  { InstanceId: 'i-private', NetworkInterfaces: [{ SubnetId: 'subnet-0b2' }] },
  { InstanceId: 'i-two-nics', NetworkInterfaces: [{ SubnetId: 'subnet-0b2' }, { SubnetId: 'subnet-0b1' }] },
  { InstanceId: 'i-stopped-classic' },
];

testFilter(subnet, {
  resourceType: ec2,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [
    { key: 'MapPublicIpOnLaunch', value: true },
    { igw: true },
    { operator: 'or', igw: true, nat: true },
    { key: 'tag:Tier', value: 'public', operator: 'and' },
  ],
  invalid: [
    { options: { key: 'MapPublicIpOnLaunch' }, messageId: 'missing-value' },
    { options: { igw: 'yes' }, messageId: 'schema' },
    // Only with neither key nor value does the value part pass, as in c7n; half of it is an error.
    { options: { igw: true, key: 'SubnetId' }, messageId: 'missing-value' },
  ],
  cases: [
    {
      name: 'a subnet tag',
      options: { key: 'tag:Tier', value: 'public' },
      resources,
      matches: ['i-public', 'i-two-nics'],
    },
    {
      name: 'every subnet must match with operator and',
      options: { key: 'MapPublicIpOnLaunch', value: false, operator: 'and' },
      resources,
      matches: ['i-private', 'i-stopped-classic'],
    },
    // subnet-0b1 has its own route table to igw-0c1; subnet-0b2 uses the VPC's main one, to nat-0a1.
    {
      name: 'igw: true, a subnet routed to an internet gateway',
      options: { igw: true },
      resources,
      matches: ['i-public', 'i-two-nics'],
    },
    {
      name: 'igw: false, the main route table has none',
      options: { igw: false },
      resources,
      matches: ['i-private', 'i-two-nics'],
    },
    {
      name: 'nat: true',
      options: { nat: true },
      resources,
      matches: ['i-private', 'i-two-nics'],
    },
    {
      name: 'operator or: igw or nat, on any subnet',
      options: { operator: 'or', igw: true, nat: true },
      resources,
      matches: ['i-public', 'i-private', 'i-two-nics'],
    },
    {
      name: 'igw and the value match both hold on the same subnet (and by default)',
      options: { igw: true, key: 'tag:Tier', value: 'private' },
      resources,
      matches: [],
    },
    {
      name: 'igw with the value match',
      options: { igw: true, key: 'SubnetId', value: 'present' },
      resources,
      matches: ['i-public', 'i-two-nics'],
    },
  ],
});
