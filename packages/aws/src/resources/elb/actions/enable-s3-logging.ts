import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'enable-s3-logging',
  resources: ['aws.elb'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      bucket: { type: 'string', description: 'The S3 bucket to write access logs to.' },
      prefix: { type: 'string', description: 'The key prefix of the logs.' },
      emit_interval: { type: 'integer', description: 'Minutes between log files: 5 or 60.' },
    },
  } as const,
  permissions: ['elasticloadbalancing:ModifyLoadBalancerAttributes'],
  doc: {
    summary:
      'Turn access logs on, to the bucket and prefix given: one ModifyLoadBalancerAttributes call per load balancer (only the options given are sent, as Cloud Custodian does).',
    example: '- type: enable-s3-logging\n  bucket: elblogtest\n  prefix: dahlogs\n  emit_interval: 5',
  },
  reads: () => ['LoadBalancerName'],
  plan(elbs, opts) {
    const log: Record<string, unknown> = { Enabled: true };
    if (opts.bucket !== undefined) log.S3BucketName = opts.bucket;
    if (opts.prefix !== undefined) log.S3BucketPrefix = opts.prefix;
    if (opts.emit_interval !== undefined) log.EmitInterval = opts.emit_interval;
    return elbs.flatMap((elb) => {
      const name = elb.LoadBalancerName;
      if (typeof name !== 'string') return [];
      return [
        {
          service: 'elb',
          operation: 'ModifyLoadBalancerAttributes',
          input: { LoadBalancerName: name, LoadBalancerAttributes: { AccessLog: log } },
          resourceIds: [name],
          describe: `log access of ${name} to s3://${opts.bucket ?? ''}/${opts.prefix ?? ''}`,
        },
      ];
    });
  },
});
