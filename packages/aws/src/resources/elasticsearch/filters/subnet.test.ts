import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import domains from '../resource.js';
import subnet from './subnet.js';

// Flight data: security group sg-0e5a1c2b named default, subnet subnet-07a1b2c3 public, VPC
// vpc-0d4e6f70 the default one.
const flight = fileURLToPath(new URL('../__fixtures__/related', import.meta.url));

testFilter(subnet, {
  resourceType: domains,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'MapPublicIpOnLaunch', value: true }],
  invalid: [{ options: { key: 'a', op: 'nope', value: 1 }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'by the related resource; a domain outside a VPC names none',
      options: { key: 'MapPublicIpOnLaunch', value: true },
      resources: [
        {
          DomainName: 'in-vpc',
          VPCOptions: {
            VPCId: 'vpc-0d4e6f70',
            SubnetIds: ['subnet-07a1b2c3'],
            SecurityGroupIds: ['sg-0e5a1c2b'],
          },
        },
        { DomainName: 'public' },
      ],
      matches: ['in-vpc'],
    },
  ],
});
