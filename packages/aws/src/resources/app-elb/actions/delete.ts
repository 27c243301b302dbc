import { defineAction, type PlannedCall } from '@c7n-ts/core';

const GONE = ['LoadBalancerNotFoundException', 'LoadBalancerNotFound'];
/**
 * Cloud Custodian logs these and goes on (deletion protection on without `force`, a load
 * balancer still in use); the run does not fail for them.
 */
const PASSED_OVER = [
  ...GONE,
  'OperationNotPermitted',
  'OperationNotPermittedException',
  'ResourceInUse',
  'ResourceInUseException',
];

export default defineAction({
  type: 'delete',
  resources: ['aws.app-elb'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      force: {
        type: 'boolean',
        description:
          'Turn deletion protection off first (ModifyLoadBalancerAttributes), as Cloud Custodian does, whether or not it is on.',
      },
    },
  } as const,
  permissions: [
    'elasticloadbalancing:DeleteLoadBalancer',
    'elasticloadbalancing:ModifyLoadBalancerAttributes',
  ],
  doc: {
    summary:
      'Delete load balancers (DeleteLoadBalancer by ARN), with `force` after turning deletion protection off. A load balancer already gone counts as deleted; as in Cloud Custodian, one that refuses (deletion protection on, in use) is passed over without failing the run.',
    example: '- type: delete\n  force: true',
  },
  reads: () => ['LoadBalancerArn'],
  plan(albs, opts) {
    return albs.flatMap((alb): PlannedCall[] => {
      const arn = alb.LoadBalancerArn;
      if (typeof arn !== 'string') return [];
      const calls: PlannedCall[] = [];
      if (opts.force)
        calls.push({
          service: 'elbv2',
          operation: 'ModifyLoadBalancerAttributes',
          input: {
            LoadBalancerArn: arn,
            Attributes: [{ Key: 'deletion_protection.enabled', Value: 'false' }],
          },
          resourceIds: [arn],
          describe: `turn deletion protection off on ${arn}`,
          okErrors: GONE,
        });
      calls.push({
        service: 'elbv2',
        operation: 'DeleteLoadBalancer',
        input: { LoadBalancerArn: arn },
        resourceIds: [arn],
        describe: `delete ${arn}`,
        okErrors: PASSED_OVER,
      });
      return calls;
    });
  },
});
