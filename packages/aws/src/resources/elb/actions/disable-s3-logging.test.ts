import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import disable from './disable-s3-logging.js';

testAction(disable, {
  resourceType: resource,
  valid: [{}],
  invalid: [{ options: { bucket: 'x' }, messageId: 'schema' }],
  cases: [
    {
      name: 'turns access logs off',
      options: {},
      resources: [{ LoadBalancerName: 'web' }, { LoadBalancerName: 'api' }],
      calls: [
        {
          service: 'elb',
          operation: 'ModifyLoadBalancerAttributes',
          input: { LoadBalancerName: 'web', LoadBalancerAttributes: { AccessLog: { Enabled: false } } },
        },
        { input: { LoadBalancerName: 'api', LoadBalancerAttributes: { AccessLog: { Enabled: false } } } },
      ],
    },
  ],
});
