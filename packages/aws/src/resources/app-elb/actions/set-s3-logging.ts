import { defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { tagsOf } from '../../../common/tagging/resource-tags.js';

/** c7n formats the prefix with Python's str.format over the tags, DNSName, AccountId and LoadBalancerName. */
function formatPrefix(template: string, alb: Resource): { value: string; unknown: string[] } {
  const info: Record<string, string> = Object.fromEntries(tagsOf(alb));
  info.DNSName = String(alb.DNSName ?? '');
  info.AccountId = String(alb.LoadBalancerArn ?? '').split(':')[4] ?? '';
  info.LoadBalancerName = String(alb.LoadBalancerName ?? '');
  const unknown: string[] = [];
  const value = template.replace(/\{([^{}]*)\}/g, (whole, name: string) => {
    if (Object.hasOwn(info, name)) return info[name] as string;
    unknown.push(name);
    return whole;
  });
  return { value, unknown };
}

export default defineAction({
  type: 'set-s3-logging',
  resources: ['aws.app-elb'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['state'],
    properties: {
      state: { enum: ['enabled', 'disabled'], description: 'Turn S3 logging on or off.' },
      'log-type': {
        enum: ['access', 'connection'],
        default: 'access',
        description: 'Which logs: access logs or connection logs.',
      },
      bucket: { type: 'string', description: 'The S3 bucket to log to (required when enabling).' },
      prefix: {
        type: 'string',
        description:
          'Key prefix (required when enabling); `{LoadBalancerName}`, `{DNSName}`, `{AccountId}` and tag keys are filled in per load balancer.',
      },
    },
  } as const,
  permissions: ['elasticloadbalancing:ModifyLoadBalancerAttributes'],
  doc: {
    summary:
      "Turn a load balancer's S3 access (or connection) logs on, to a bucket and prefix, or off: one ModifyLoadBalancerAttributes call each.",
    example:
      '- type: set-s3-logging\n  state: enabled\n  bucket: elbv2logtest\n  prefix: elblogs/{LoadBalancerName}',
  },
  messages: { 'needs-bucket': 'enabling S3 logging needs bucket and prefix' },
  check(opts) {
    if (opts.state !== 'enabled' || (opts.bucket !== undefined && opts.prefix !== undefined)) return [];
    return [
      {
        messageId: 'needs-bucket',
        message:
          'set-s3-logging with state: enabled needs both `bucket` and `prefix` (as in Cloud Custodian)',
        path: [],
      },
    ];
  },
  reads: () => ['LoadBalancerArn', 'LoadBalancerName', 'DNSName', 'Tags'],
  plan(albs, opts, ctx) {
    const logs = opts['log-type'] === 'connection' ? 'connection_logs' : 'access_logs';
    const enabled = opts.state === 'enabled';
    return albs.flatMap((alb): PlannedCall[] => {
      const arn = alb.LoadBalancerArn;
      if (typeof arn !== 'string') return [];
      const attributes = [{ Key: `${logs}.s3.enabled`, Value: enabled ? 'true' : 'false' }];
      if (enabled) {
        const prefix = formatPrefix(opts.prefix ?? '', alb);
        if (prefix.unknown.length)
          ctx.log?.(
            'warn',
            `set-s3-logging: ${arn} has nothing for ${prefix.unknown.join(', ')} in the prefix`,
          );
        attributes.push({ Key: `${logs}.s3.bucket`, Value: opts.bucket ?? '' });
        attributes.push({ Key: `${logs}.s3.prefix`, Value: prefix.value });
      }
      return [
        {
          service: 'elbv2',
          operation: 'ModifyLoadBalancerAttributes',
          input: { LoadBalancerArn: arn, Attributes: attributes },
          resourceIds: [arn],
          describe: enabled
            ? `log ${logs.replace('_', ' ')} of ${arn} to s3://${opts.bucket}/${attributes[2]?.Value}`
            : `stop ${logs.replace('_', ' ')} of ${arn}`,
        },
      ];
    });
  },
});
