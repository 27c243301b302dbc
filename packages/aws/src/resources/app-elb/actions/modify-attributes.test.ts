import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import modifyAttributes from './modify-attributes.js';

const A1 = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb1/50dc6c495c0c9188';
const A2 = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb2/60dc6c495c0c9188';

testAction(modifyAttributes, {
  resourceType: resource,
  valid: [
    { attributes: { 'deletion_protection.enabled': true } },
    { attributes: { 'routing.http.desync_mitigation_mode': 'strictest', 'access_logs.s3.bucket': 'logs' } },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { attributes: { 'deletion_protection.enabled': 'yes' } }, messageId: 'schema' },
    { options: { attributes: { 'stickiness.enabled': 'true' } }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'one call per load balancer, values as strings',
      options: {
        attributes: {
          'deletion_protection.enabled': true,
          'idle_timeout.timeout_seconds': 120,
          'routing.http.drop_invalid_header_fields.enabled': 'false',
          'access_logs.s3.enabled': 'true',
          'access_logs.s3.bucket': 'logs',
          'access_logs.s3.prefix': 'alb',
          'routing.http2.enabled': false,
          'load_balancing.cross_zone.enabled': 'true',
          'routing.http.desync_mitigation_mode': 'defensive',
        },
      },
      resources: [{ LoadBalancerArn: A1 }, { LoadBalancerArn: A2 }],
      calls: [
        {
          service: 'elbv2',
          operation: 'ModifyLoadBalancerAttributes',
          input: {
            LoadBalancerArn: A1,
            Attributes: [
              { Key: 'deletion_protection.enabled', Value: 'true' },
              { Key: 'idle_timeout.timeout_seconds', Value: '120' },
              { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'false' },
              { Key: 'access_logs.s3.enabled', Value: 'true' },
              { Key: 'access_logs.s3.bucket', Value: 'logs' },
              { Key: 'access_logs.s3.prefix', Value: 'alb' },
              { Key: 'routing.http2.enabled', Value: 'false' },
              { Key: 'load_balancing.cross_zone.enabled', Value: 'true' },
              { Key: 'routing.http.desync_mitigation_mode', Value: 'defensive' },
            ],
          },
          resourceIds: [A1],
        },
        { input: { LoadBalancerArn: A2 }, resourceIds: [A2] },
      ],
    },
  ],
});
