import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.elb'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['elasticloadbalancing:DeleteLoadBalancer'],
  doc: {
    summary: 'Delete classic load balancers, one DeleteLoadBalancer call each by name.',
    example: '- delete',
  },
  reads: () => ['LoadBalancerName'],
  plan(elbs) {
    return elbs.flatMap((elb) => {
      const name = elb.LoadBalancerName;
      if (typeof name !== 'string') return [];
      return [
        {
          service: 'elb',
          operation: 'DeleteLoadBalancer',
          input: { LoadBalancerName: name },
          resourceIds: [name],
          describe: `delete ${name}`,
        },
      ];
    });
  },
});
