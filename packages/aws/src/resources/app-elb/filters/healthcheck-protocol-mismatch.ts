import { defineFilter } from '@c7n-ts/core';
import { targetGroupsByLoadBalancer } from '../_target-groups.js';

export default defineFilter({
  type: 'healthcheck-protocol-mismatch',
  resources: ['aws.app-elb'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['elasticloadbalancing:DescribeTargetGroups'],
  doc: {
    summary:
      "Load balancers with a target group whose Protocol differs from its HealthCheckProtocol (the region's target groups, listed once).",
    example: '- healthcheck-protocol-mismatch',
  },
  reads: () => ['LoadBalancerArn'],
  compile: () => ({
    kind: 'process',
    async process(albs, ectx) {
      const byAlb = await targetGroupsByLoadBalancer(ectx);
      return albs.filter((a) =>
        (byAlb.get(String(a.LoadBalancerArn)) ?? []).some((tg) => tg.Protocol !== tg.HealthCheckProtocol),
      );
    },
  }),
});
