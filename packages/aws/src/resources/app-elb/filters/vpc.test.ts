import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import lbs from '../resource.js';
import vpc from './vpc.js';

// Flight data: security group sg-0a1b2c3d named default, subnet subnet-0a1b2c3d public, VPC
// vpc-3ac0fb5f the default one.
const flight = fileURLToPath(new URL('../__fixtures__/elbv2', import.meta.url));

testFilter(vpc, {
  resourceType: lbs,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'IsDefault', value: true }],
  invalid: [{ options: { key: 'a', op: 'nope', value: 1 }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'by the related resource',
      options: { key: 'IsDefault', value: true },
      resources: [{ LoadBalancerArn: 'alb-1', VpcId: 'vpc-3ac0fb5f' }, { LoadBalancerArn: 'alb-2' }],
      matches: ['alb-1'],
    },
  ],
});
