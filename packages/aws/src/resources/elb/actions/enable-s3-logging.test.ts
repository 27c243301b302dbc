import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import enable from './enable-s3-logging.js';

testAction(enable, {
  resourceType: resource,
  valid: [{}, { bucket: 'elblogtest', prefix: 'dahlogs', emit_interval: 5 }],
  invalid: [{ options: { emit_interval: 'often' }, messageId: 'schema', path: ['emit_interval'] }],
  cases: [
    {
      name: 'sends the options given',
      options: { bucket: 'elblogtest', prefix: 'dahlogs', emit_interval: 5 },
      resources: [{ LoadBalancerName: 'web' }],
      calls: [
        {
          service: 'elb',
          operation: 'ModifyLoadBalancerAttributes',
          input: {
            LoadBalancerName: 'web',
            LoadBalancerAttributes: {
              AccessLog: {
                Enabled: true,
                S3BucketName: 'elblogtest',
                S3BucketPrefix: 'dahlogs',
                EmitInterval: 5,
              },
            },
          },
          resourceIds: ['web'],
        },
      ],
    },
    {
      name: 'and only those',
      options: { bucket: 'elblogtest' },
      resources: [{ LoadBalancerName: 'web' }],
      calls: [
        {
          input: {
            LoadBalancerName: 'web',
            LoadBalancerAttributes: { AccessLog: { Enabled: true, S3BucketName: 'elblogtest' } },
          },
        },
      ],
    },
  ],
});
