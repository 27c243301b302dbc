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
    { key: 'tag:Tier', value: 'public', operator: 'and' },
  ],
  invalid: [
    { options: { key: 'MapPublicIpOnLaunch' }, messageId: 'missing-value' },
    // c7n's route-table options are not supported yet.
    { options: { key: 'SubnetId', value: 'present', igw: true }, messageId: 'schema' },
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
  ],
});
