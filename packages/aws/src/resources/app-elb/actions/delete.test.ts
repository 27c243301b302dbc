import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import del from './delete.js';

const A1 = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb-1/50dc6c495c0c9188';

testAction(del, {
  resourceType: resource,
  valid: [{}, { force: true }],
  invalid: [{ options: { force: 'yes' }, messageId: 'schema', path: ['force'] }],
  cases: [
    {
      name: 'deletes by ARN',
      options: {},
      resources: [{ LoadBalancerArn: A1 }],
      calls: [
        {
          service: 'elbv2',
          operation: 'DeleteLoadBalancer',
          input: { LoadBalancerArn: A1 },
          resourceIds: [A1],
        },
      ],
    },
    {
      name: 'force turns deletion protection off first',
      options: { force: true },
      resources: [{ LoadBalancerArn: A1 }],
      calls: [
        {
          operation: 'ModifyLoadBalancerAttributes',
          input: {
            LoadBalancerArn: A1,
            Attributes: [{ Key: 'deletion_protection.enabled', Value: 'false' }],
          },
        },
        { operation: 'DeleteLoadBalancer', input: { LoadBalancerArn: A1 } },
      ],
    },
  ],
});
