import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import rds from '../resource.js';
import vpc from './vpc.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-vpc', import.meta.url));

// Flight data: vpc-0d1 (Env=prod) and vpc-0d2 (default, Env=dev).
const db = (id: string, VpcId: string) => ({
  DBInstanceIdentifier: id,
  DBSubnetGroup: { VpcId, Subnets: [] },
});
const resources = [db('db-prod', 'vpc-0d1'), db('db-dev', 'vpc-0d2')];

testFilter(vpc, {
  resourceType: rds,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'VpcId', value: 'vpc-0d1', op: 'eq' }],
  invalid: [{ options: { value: 'vpc-0d1' }, messageId: 'missing-key' }],
  cases: [
    {
      name: 'vpc id',
      options: { key: 'VpcId', value: 'vpc-0d1', op: 'eq' },
      resources,
      matches: ['db-prod'],
    },
    { name: 'vpc tag', options: { key: 'tag:Env', value: 'dev' }, resources, matches: ['db-dev'] },
  ],
});
