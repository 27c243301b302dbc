import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import groups from '../resource.js';
import defaultVpc from './default-vpc.js';

// Flight data: vpc-3ac0fb5f is the default VPC.
const flight = fileURLToPath(new URL('../../app-elb/__fixtures__/elbv2', import.meta.url));

testFilter(defaultVpc, {
  resourceType: groups,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{}],
  invalid: [{ options: { vpc: 'x' }, messageId: 'schema' }],
  cases: [
    {
      name: 'in the default VPC; a Lambda target group has none',
      options: {},
      resources: [
        {
          TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg-a/1',
          VpcId: 'vpc-3ac0fb5f',
        },
        {
          TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg-b/2',
          VpcId: 'vpc-0f1e2d3c',
        },
        { TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/fn/3' },
      ],
      matches: ['arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg-a/1'],
    },
  ],
});
