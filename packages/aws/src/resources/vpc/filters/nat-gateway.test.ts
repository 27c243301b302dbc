import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import vpcs from '../resource.js';
import filter from './nat-gateway.js';

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
  valid: [{ key: 'tag:Name', value: 'main-nat' }],
  invalid: [{ options: { value: 'x' }, messageId: 'missing-key' }],
  cases: [
    { name: 'gateway tag', options: { key: 'tag:Name', value: 'main-nat' }, resources, matches: ['vpc-1'] },
  ],
});
