/** The region's target groups by load balancer ARN (c7n's AppELBTargetGroupFilterBase). */
import type { EvalContext, Resource } from '@c7n-ts/core';
import { listRelated } from '../../common/filters/fetch-related.js';

export async function targetGroupsByLoadBalancer(ctx: EvalContext): Promise<Map<string, Resource[]>> {
  const out = new Map<string, Resource[]>();
  for (const tg of await listRelated(ctx, 'aws.app-elb-target-group')) {
    for (const arn of (tg.LoadBalancerArns ?? []) as string[]) out.set(arn, [...(out.get(arn) ?? []), tg]);
  }
  return out;
}
