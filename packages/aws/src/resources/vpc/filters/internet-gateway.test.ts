import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import vpcs from '../resource.js';
import filter from './internet-gateway.js';

// Flight data: vpc-1 with subnet-1, subnet-2, sg-1 (web), sg-2 (default), igw-1 and nat-1
// (Name=main-nat); vpc-2 with subnet-3 and sg-3 (default) only.
const flight = fileURLToPath(new URL('../__fixtures__/network', import.meta.url));
const context = {
  provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
};
const resources = [{ VpcId: 'vpc-1' }, { VpcId: 'vpc-2' }];

testFilter(filter, {
  resourceType: vpcs,
  context,
  valid: [{ value_type: 'resource_count', value: 1, op: 'gte' }],
  invalid: [{ options: { value: 'x' }, messageId: 'missing-key' }],
  cases: [
    {
      name: 'at least one gateway',
      options: { value_type: 'resource_count', value: 1, op: 'gte' },
      resources,
      matches: ['vpc-1'],
    },
    { name: 'gateway tag', options: { key: 'tag:Name', value: 'main-igw' }, resources, matches: ['vpc-1'] },
    {
      name: 'no gateway',
      options: { value_type: 'resource_count', value: 0, op: 'eq' },
      resources,
      matches: ['vpc-2'],
    },
  ],
});
