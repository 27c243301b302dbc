/**
 * Cloud Custodian's DefaultVpcBase: one DescribeVpcs call (no parameters, not paged) names the
 * account's default VPC in a region; resources whose VPC is that one match.
 */
import type { EvalContext } from '@c7n-ts/core';
import { providerOf, regionOf } from './fetch-related.js';

/** Permissions of every `default-vpc` filter. */
export const DEFAULT_VPC_PERMISSIONS = ['ec2:DescribeVpcs'] as const;

/**
 * A lookup of the default VPC id per region for one compiled filter. Like c7n, a region found
 * to have no default VPC is asked again for the next resource (c7n only remembers an answer).
 */
export function defaultVpcLookup(): (ctx: EvalContext) => Promise<string | undefined> {
  const known = new Map<string, string>();
  return async (ctx) => {
    const p = providerOf(ctx);
    const region = regionOf(ctx, p);
    const hit = known.get(region);
    if (hit !== undefined) return hit;
    const out = await p.send('ec2', 'DescribeVpcs', {}, region);
    const vpcs = Array.isArray(out.Vpcs) ? (out.Vpcs as Record<string, unknown>[]) : [];
    // c7n takes the last default VPC listed (there is at most one per region).
    const id = vpcs
      .filter((v) => v.IsDefault === true)
      .map((v) => v.VpcId)
      .at(-1);
    if (typeof id !== 'string') return undefined;
    known.set(region, id);
    return id;
  };
}
