import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import lbs from '../resource.js';
import securityGroup from './security-group.js';

// Flight data: security group sg-0a1b2c3d named default, subnet subnet-0a1b2c3d public, VPC
// vpc-3ac0fb5f the default one.
const flight = fileURLToPath(new URL('../../app-elb/__fixtures__/elbv2', import.meta.url));

testFilter(securityGroup, {
  resourceType: lbs,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'GroupName', value: 'default' }],
  invalid: [{ options: { key: 'a', op: 'nope', value: 1 }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'by the related resource',
      options: { key: 'GroupName', value: 'default' },
      resources: [
        { LoadBalancerName: 'elb-1', SecurityGroups: ['sg-0a1b2c3d'] },
        { LoadBalancerName: 'elb-2', SecurityGroups: [] },
      ],
      matches: ['elb-1'],
    },
  ],
});
