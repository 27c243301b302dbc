import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import vpcs from '../resource.js';
import filter from './security-group.js';

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
  valid: [{ key: 'GroupName', value: 'web' }],
  invalid: [{ options: { value: 'x' }, messageId: 'missing-key' }],
  cases: [
    { name: 'group name', options: { key: 'GroupName', value: 'web' }, resources, matches: ['vpc-1'] },
    {
      name: 'every group named default',
      options: { key: 'GroupName', value: 'default', operator: 'and' },
      resources,
      matches: ['vpc-2'],
    },
  ],
});
