import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import rt from '../resource.js';
import filter from './subnet.js';

// Flight data: subnet subnet-0aa1 (public), security group sg-0bb2 named web, VPC vpc-0cc3 the default one.
const flight = fileURLToPath(new URL('../__fixtures__/related', import.meta.url));

testFilter(filter, {
  resourceType: rt,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'MapPublicIpOnLaunch', value: true }],
  invalid: [{ options: { key: 'a', op: 'nope', value: 1 }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'by the related resource; one naming none does not match',
      options: { key: 'MapPublicIpOnLaunch', value: true },
      resources: [
        {
          name: 'prod',
          resourcesVpcConfig: {
            subnetIds: ['subnet-0aa1'],
            securityGroupIds: ['sg-0bb2'],
            vpcId: 'vpc-0cc3',
          },
        },
        { name: 'bare', resourcesVpcConfig: {} },
      ],
      matches: ['prod'],
    },
  ],
});
