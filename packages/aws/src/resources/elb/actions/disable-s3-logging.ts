import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'disable-s3-logging',
  resources: ['aws.elb'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['elasticloadbalancing:ModifyLoadBalancerAttributes'],
  doc: {
    summary: 'Turn access logs off: one ModifyLoadBalancerAttributes call per load balancer.',
    example: '- disable-s3-logging',
  },
  reads: () => ['LoadBalancerName'],
  plan(elbs) {
    return elbs.flatMap((elb) => {
      const name = elb.LoadBalancerName;
      if (typeof name !== 'string') return [];
      return [
        {
          service: 'elb',
          operation: 'ModifyLoadBalancerAttributes',
          input: { LoadBalancerName: name, LoadBalancerAttributes: { AccessLog: { Enabled: false } } },
          resourceIds: [name],
          describe: `stop access logs of ${name}`,
        },
      ];
    });
  },
});
