import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import functions from '../resource.js';
import vpc from './vpc.js';

const flight = fileURLToPath(new URL('../__fixtures__/network', import.meta.url));

// Flight data: vpc-0e1 is the default VPC.
const resources = [
  {
    FunctionName: 'in-default',
    VpcConfig: { SubnetIds: ['subnet-0f1'], SecurityGroupIds: [], VpcId: 'vpc-0e1' },
  },
  { FunctionName: 'outside' },
];

testFilter(vpc, {
  resourceType: functions,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'IsDefault', value: true }],
  invalid: [{ options: { key: 'IsDefault', op: 'bigger' }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'in the default VPC',
      options: { key: 'IsDefault', value: true },
      resources,
      matches: ['in-default'],
    },
    { name: 'not', options: { key: 'IsDefault', value: false }, resources, matches: [] },
  ],
});
