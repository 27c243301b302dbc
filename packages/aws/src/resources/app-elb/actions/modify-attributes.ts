import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { attributeList, flag } from './_attributes.js';

export default defineAction({
  type: 'modify-attributes',
  resources: ['aws.app-elb'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['attributes'],
    properties: {
      attributes: {
        type: 'object',
        additionalProperties: false,
        description:
          'Load balancer attributes to set, by the names AWS gives them (the ones Cloud Custodian accepts).',
        properties: {
          'access_logs.s3.enabled': flag('Access logs to S3 on or off.'),
          'access_logs.s3.bucket': { type: 'string', description: 'The access logs bucket.' },
          'access_logs.s3.prefix': { type: 'string', description: 'The access logs key prefix.' },
          'deletion_protection.enabled': flag('Deletion protection on or off.'),
          'idle_timeout.timeout_seconds': { type: 'number', description: 'Idle timeout in seconds.' },
          'routing.http.desync_mitigation_mode': {
            enum: ['monitor', 'defensive', 'strictest'],
            description: 'How HTTP desync is handled.',
          },
          'routing.http.drop_invalid_header_fields.enabled': flag('Drop invalid HTTP header fields.'),
          'routing.http2.enabled': flag('HTTP/2 on or off.'),
          'load_balancing.cross_zone.enabled': flag('Cross-zone load balancing on or off.'),
        },
      },
    },
  } as const,
  permissions: ['elasticloadbalancing:ModifyLoadBalancerAttributes'],
  doc: {
    summary:
      'Set load balancer attributes: one ModifyLoadBalancerAttributes per load balancer with every attribute given (booleans and numbers sent as strings). A load balancer already gone is passed over, as in Cloud Custodian.',
    example:
      "- type: modify-attributes\n  attributes:\n    deletion_protection.enabled: 'true'\n    idle_timeout.timeout_seconds: 120",
  },
  reads: () => ['LoadBalancerArn'],
  plan(albs, opts) {
    const attributes = attributeList(opts.attributes);
    return albs.flatMap((alb): PlannedCall[] => {
      const arn = alb.LoadBalancerArn;
      if (typeof arn !== 'string') return [];
      return [
        {
          service: 'elbv2',
          operation: 'ModifyLoadBalancerAttributes',
          input: { LoadBalancerArn: arn, Attributes: attributes },
          resourceIds: [arn],
          describe: `set ${attributes.map((a) => a.Key).join(', ')} on ${arn}`,
          okErrors: ['LoadBalancerNotFoundException', 'LoadBalancerNotFound'],
        },
      ];
    });
  },
});
