import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import modifyAttributes from './modify-attributes.js';

const T1 = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067';

testAction(modifyAttributes, {
  resourceType: resource,
  valid: [
    { attributes: { 'preserve_client_ip.enabled': 'true' } },
    { attributes: { 'load_balancing.cross_zone.enabled': 'use_load_balancer_configuration' } },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { attributes: { 'stickiness.type': 'cookie' } }, messageId: 'schema' },
    { options: { attributes: { 'deletion_protection.enabled': true } }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'one call per target group, values as strings',
      options: {
        attributes: {
          'proxy_protocol_v2.enabled': false,
          'preserve_client_ip.enabled': true,
          'stickiness.enabled': 'true',
          'stickiness.type': 'app_cookie',
          'stickiness.app_cookie.cookie_name': 'session',
          'stickiness.app_cookie.duration_seconds': 3600,
          'stickiness.lb_cookie.duration_seconds': 86400,
          'lambda.multi_value_headers.enabled': 'false',
          'deregistration_delay.connection_termination.enabled': 'true',
          'deregistration_delay.timeout_seconds': 30,
          'target_group_health.unhealthy_state_routing.minimum_healthy_targets.count': 2,
          'target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage': 'off',
          'target_group_health.dns_failover.minimum_healthy_targets.count': '1',
          'target_group_health.dns_failover.minimum_healthy_targets.percentage': '50',
          'load_balancing.cross_zone.enabled': 'use_load_balancer_configuration',
          'slow_start.duration_seconds': 0,
          'load_balancing.algorithm.type': 'least_outstanding_requests',
          'target_failover.on_deregistration': 'rebalance',
          'target_failover.on_unhealthy': 'no_rebalance',
        },
      },
      resources: [{ TargetGroupArn: T1 }],
      calls: [
        {
          service: 'elbv2',
          operation: 'ModifyTargetGroupAttributes',
          input: {
            TargetGroupArn: T1,
            Attributes: [
              { Key: 'proxy_protocol_v2.enabled', Value: 'false' },
              { Key: 'preserve_client_ip.enabled', Value: 'true' },
              { Key: 'stickiness.enabled', Value: 'true' },
              { Key: 'stickiness.type', Value: 'app_cookie' },
              { Key: 'stickiness.app_cookie.cookie_name', Value: 'session' },
              { Key: 'stickiness.app_cookie.duration_seconds', Value: '3600' },
              { Key: 'stickiness.lb_cookie.duration_seconds', Value: '86400' },
              { Key: 'lambda.multi_value_headers.enabled', Value: 'false' },
              { Key: 'deregistration_delay.connection_termination.enabled', Value: 'true' },
              { Key: 'deregistration_delay.timeout_seconds', Value: '30' },
              {
                Key: 'target_group_health.unhealthy_state_routing.minimum_healthy_targets.count',
                Value: '2',
              },
              {
                Key: 'target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage',
                Value: 'off',
              },
              { Key: 'target_group_health.dns_failover.minimum_healthy_targets.count', Value: '1' },
              { Key: 'target_group_health.dns_failover.minimum_healthy_targets.percentage', Value: '50' },
              { Key: 'load_balancing.cross_zone.enabled', Value: 'use_load_balancer_configuration' },
              { Key: 'slow_start.duration_seconds', Value: '0' },
              { Key: 'load_balancing.algorithm.type', Value: 'least_outstanding_requests' },
              { Key: 'target_failover.on_deregistration', Value: 'rebalance' },
              { Key: 'target_failover.on_unhealthy', Value: 'no_rebalance' },
            ],
          },
          resourceIds: [T1],
        },
      ],
    },
  ],
});
