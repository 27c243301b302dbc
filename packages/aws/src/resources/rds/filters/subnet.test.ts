import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import rds from '../resource.js';
import subnet from './subnet.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-subnet', import.meta.url));

// Flight data: subnet-0b1 (public, Tier=public) and subnet-0b2 (private, Tier=private).
const db = (id: string, ...subnets: string[]) => ({
  DBInstanceIdentifier: id,
  DBSubnetGroup: { VpcId: 'vpc-0d1', Subnets: subnets.map((SubnetIdentifier) => ({ SubnetIdentifier })) },
});
const resources = [
  db('db-private', 'subnet-0b2'),
  db('db-mixed', 'subnet-0b2', 'subnet-0b1'),
  { DBInstanceIdentifier: 'db-classic' },
];

testFilter(subnet, {
  resourceType: rds,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'MapPublicIpOnLaunch', value: true }],
  invalid: [{ options: { key: 'tag:Tier', 'match-resource': 1 }, messageId: 'schema' }],
  cases: [
    {
      name: 'any public subnet',
      options: { key: 'MapPublicIpOnLaunch', value: true },
      resources,
      matches: ['db-mixed'],
    },
    {
      name: 'subnet tag',
      options: { key: 'tag:Tier', value: 'private' },
      resources,
      matches: ['db-private', 'db-mixed'],
    },
  ],
});
