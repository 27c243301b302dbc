import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: resource,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes each one by name',
      options: {},
      resources: [{ LoadBalancerName: 'web' }, { LoadBalancerName: 'api' }],
      calls: [
        {
          service: 'elb',
          operation: 'DeleteLoadBalancer',
          input: { LoadBalancerName: 'web' },
          resourceIds: ['web'],
        },
        {
          service: 'elb',
          operation: 'DeleteLoadBalancer',
          input: { LoadBalancerName: 'api' },
          resourceIds: ['api'],
        },
      ],
    },
  ],
});
