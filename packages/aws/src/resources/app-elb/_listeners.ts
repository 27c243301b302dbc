/**
 * A load balancer's listeners (DescribeListeners by ARN, one call as Cloud Custodian makes it),
 * shared by the `listener` and `listener-rule` filters (c7n's AppELBListenerFilterBase).
 */
import type { Resource } from '@c7n-ts/core';
import type { AwsProvider } from '../../aws-provider.js';
import { errorCode } from '../../query/errors.js';

/** The key under which the `listener` filter keeps the listeners it matched, read by actions. */
export const MATCHED_LISTENERS = 'c7n:MatchedListeners';

const GONE = new Set(['LoadBalancerNotFoundException', 'LoadBalancerNotFound']);

/** The listeners of one load balancer; none when it is gone since the listing. */
export async function listenersOf(p: AwsProvider, alb: Resource, region: string): Promise<Resource[]> {
  try {
    const out = await p.send('elbv2', 'DescribeListeners', { LoadBalancerArn: alb.LoadBalancerArn }, region);
    return (out.Listeners ?? []) as Resource[];
  } catch (e) {
    if (!GONE.has(errorCode(e) ?? '')) throw e;
    return [];
  }
}

/** The listeners the `listener` filter matched on a load balancer, for the listener actions. */
export function matchedListeners(alb: Resource): Resource[] {
  const v = alb[MATCHED_LISTENERS];
  return Array.isArray(v) ? (v as Resource[]) : [];
}
