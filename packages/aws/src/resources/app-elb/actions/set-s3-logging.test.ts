import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import setS3Logging from './set-s3-logging.js';

const A1 = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb1/50dc6c495c0c9188';
const alb = {
  LoadBalancerArn: A1,
  LoadBalancerName: 'alb1',
  DNSName: 'alb1.elb.amazonaws.com',
  Tags: [{ Key: 'Team', Value: 'web' }],
};

testAction(setS3Logging, {
  resourceType: resource,
  valid: [
    { state: 'enabled', bucket: 'elbv2logtest', prefix: 'elblogs/{LoadBalancerName}' },
    { state: 'disabled' },
    { state: 'enabled', 'log-type': 'connection', bucket: 'b', prefix: 'p' },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { state: 'on' }, messageId: 'schema', path: ['state'] },
    { options: { state: 'enabled', bucket: 'b' }, messageId: 'needs-bucket' },
  ],
  cases: [
    {
      name: 'enables access logs, the prefix filled in',
      options: { state: 'enabled', bucket: 'elbv2logtest', prefix: '{AccountId}/{Team}/{LoadBalancerName}' },
      resources: [alb],
      calls: [
        {
          service: 'elbv2',
          operation: 'ModifyLoadBalancerAttributes',
          input: {
            LoadBalancerArn: A1,
            Attributes: [
              { Key: 'access_logs.s3.enabled', Value: 'true' },
              { Key: 'access_logs.s3.bucket', Value: 'elbv2logtest' },
              { Key: 'access_logs.s3.prefix', Value: '123456789012/web/alb1' },
            ],
          },
          resourceIds: [A1],
        },
      ],
    },
    {
      name: 'disables connection logs',
      options: { state: 'disabled', 'log-type': 'connection' },
      resources: [alb],
      calls: [
        {
          input: { LoadBalancerArn: A1, Attributes: [{ Key: 'connection_logs.s3.enabled', Value: 'false' }] },
        },
      ],
    },
  ],
});
