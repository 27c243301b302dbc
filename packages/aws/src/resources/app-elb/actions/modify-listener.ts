import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { listenerActionMessages, needsListenerFilter } from '../_listener-actions.js';
import { MATCHED_LISTENERS, matchedListeners } from '../_listeners.js';

export default defineAction({
  type: 'modify-listener',
  resources: ['aws.app-elb'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      port: { type: 'integer', description: 'The port the listeners listen on.' },
      protocol: {
        enum: ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE'],
        description: 'The protocol of the listeners.',
      },
      sslpolicy: { type: 'string', description: 'The security policy of HTTPS/TLS listeners (SslPolicy).' },
      certificate: {
        type: 'string',
        description: 'ARN of the default certificate of HTTPS/TLS listeners (an ACM or IAM certificate).',
      },
    },
  } as const,
  permissions: ['elasticloadbalancing:ModifyListener'],
  doc: {
    summary:
      'Change the listeners the `listener` filter matched (ModifyListener per listener): port, protocol, SSL policy and default certificate, only those given. The policy needs a `listener` filter.',
    example: [
      '- type: modify-listener',
      '  protocol: HTTPS',
      '  sslpolicy: ELBSecurityPolicy-TLS-1-2-2017-01',
      '  certificate: arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012',
    ].join('\n'),
  },
  messages: listenerActionMessages,
  check: (_opts, ctx) => needsListenerFilter('modify-listener', ctx.policy),
  reads: () => ['LoadBalancerArn', MATCHED_LISTENERS],
  plan(albs, opts) {
    const args: Record<string, unknown> = {
      ...(opts.port !== undefined && { Port: opts.port }),
      ...(opts.protocol !== undefined && { Protocol: opts.protocol }),
      ...(opts.sslpolicy !== undefined && { SslPolicy: opts.sslpolicy }),
      ...(opts.certificate !== undefined && { Certificates: [{ CertificateArn: opts.certificate }] }),
    };
    return albs.flatMap((alb) =>
      matchedListeners(alb).map(
        (l): PlannedCall => ({
          service: 'elbv2',
          operation: 'ModifyListener',
          input: { ListenerArn: l.ListenerArn, ...args },
          resourceIds: [String(alb.LoadBalancerArn)],
          describe: `modify listener ${String(l.ListenerArn)}`,
        }),
      ),
    );
  },
});
