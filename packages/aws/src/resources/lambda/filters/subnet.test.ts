import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import functions from '../resource.js';
import subnet from './subnet.js';

const flight = fileURLToPath(new URL('../__fixtures__/network', import.meta.url));

// Flight data: subnet-0f1 maps public IPs on launch, subnet-0f2 does not.
const fn = (name: string, ...subnets: string[]) => ({
  FunctionName: name,
  VpcConfig: { SubnetIds: subnets, SecurityGroupIds: ['sg-0a1'], VpcId: 'vpc-0e1' },
});
const resources = [fn('public', 'subnet-0f1'), fn('private', 'subnet-0f2'), { FunctionName: 'outside' }];

testFilter(subnet, {
  resourceType: functions,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'MapPublicIpOnLaunch', value: true }],
  invalid: [{ options: { key: 'MapPublicIpOnLaunch', op: 'bigger' }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'public subnets',
      options: { key: 'MapPublicIpOnLaunch', value: true },
      resources,
      matches: ['public'],
    },
    {
      name: 'private',
      options: { key: 'MapPublicIpOnLaunch', value: false },
      resources,
      matches: ['private'],
    },
  ],
});
