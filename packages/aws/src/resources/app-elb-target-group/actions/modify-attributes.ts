import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { attributeList, flag } from '../../app-elb/actions/_attributes.js';

const number = (description: string) => ({ type: 'number', description }) as const;
const string = (description: string) => ({ type: 'string', description }) as const;
const failover = (description: string) => ({ enum: ['rebalance', 'no_rebalance'], description }) as const;

export default defineAction({
  type: 'modify-attributes',
  resources: ['aws.app-elb-target-group'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['attributes'],
    properties: {
      attributes: {
        type: 'object',
        additionalProperties: false,
        description:
          'Target group attributes to set, by the names AWS gives them (the ones Cloud Custodian accepts).',
        properties: {
          'proxy_protocol_v2.enabled': flag('Proxy protocol v2 on or off (Network Load Balancers).'),
          'preserve_client_ip.enabled': flag('Client IP preservation on or off.'),
          'stickiness.enabled': flag('Sticky sessions on or off.'),
          'lambda.multi_value_headers.enabled': flag('Multi-value headers for Lambda targets.'),
          'deregistration_delay.connection_termination.enabled': flag(
            'Close connections at the end of the deregistration delay.',
          ),
          'target_group_health.unhealthy_state_routing.minimum_healthy_targets.count': number(
            'Healthy targets below which the group counts as unhealthy for routing.',
          ),
          'target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage': string(
            'Percentage of healthy targets below which the group counts as unhealthy for routing, or `off`.',
          ),
          'deregistration_delay.timeout_seconds': number('Deregistration delay in seconds.'),
          'target_group_health.dns_failover.minimum_healthy_targets.count': string(
            'Healthy targets below which DNS fails over, or `off`.',
          ),
          'stickiness.type': {
            enum: ['lb_cookie', 'app_cookie', 'source_ip', 'source_ip_dest_ip', 'source_ip_dest_ip_proto'],
            description: 'The kind of stickiness.',
          },
          'load_balancing.cross_zone.enabled': {
            enum: ['true', 'false', true, false, 'use_load_balancer_configuration'],
            description: "Cross-zone load balancing on, off or as the load balancer's.",
          },
          'target_group_health.dns_failover.minimum_healthy_targets.percentage': string(
            'Percentage of healthy targets below which DNS fails over, or `off`.',
          ),
          'stickiness.app_cookie.cookie_name': string('The application cookie of app_cookie stickiness.'),
          'stickiness.lb_cookie.duration_seconds': number(
            'How long the load balancer cookie lasts, in seconds.',
          ),
          'slow_start.duration_seconds': number('Slow start duration in seconds (0 turns it off).'),
          'stickiness.app_cookie.duration_seconds': number(
            'How long app_cookie stickiness lasts, in seconds.',
          ),
          'load_balancing.algorithm.type': {
            enum: ['round_robin', 'least_outstanding_requests'],
            description: 'The routing algorithm.',
          },
          'target_failover.on_deregistration': failover(
            'What happens to flows of a deregistered target (GWLB).',
          ),
          'target_failover.on_unhealthy': failover('What happens to flows of an unhealthy target (GWLB).'),
        },
      },
    },
  } as const,
  permissions: ['elasticloadbalancing:ModifyTargetGroupAttributes'],
  doc: {
    summary:
      'Set target group attributes: one ModifyTargetGroupAttributes per target group with every attribute given (booleans and numbers sent as strings). A target group already gone is passed over, as in Cloud Custodian.',
    example: "- type: modify-attributes\n  attributes:\n    preserve_client_ip.enabled: 'true'",
  },
  reads: () => ['TargetGroupArn'],
  plan(groups, opts) {
    const attributes = attributeList(opts.attributes);
    return groups.flatMap((group): PlannedCall[] => {
      const arn = group.TargetGroupArn;
      if (typeof arn !== 'string') return [];
      return [
        {
          service: 'elbv2',
          operation: 'ModifyTargetGroupAttributes',
          input: { TargetGroupArn: arn, Attributes: attributes },
          resourceIds: [arn],
          describe: `set ${attributes.map((a) => a.Key).join(', ')} on ${arn}`,
          okErrors: ['TargetGroupNotFoundException', 'TargetGroupNotFound'],
        },
      ];
    });
  },
});
