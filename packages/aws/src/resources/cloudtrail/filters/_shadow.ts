import type { Resource } from '@c7n-ts/core';

/**
 * Cloud Custodian's shadow test: an organization trail whose ARN does not name this account, or a
 * multi-region trail listed outside its home region, is another trail's copy.
 */
export function isShadow(
  trail: Resource,
  accountId: string | undefined,
  region: string | undefined,
): boolean {
  if (trail.IsOrganizationTrail && !String(trail.TrailARN).includes(String(accountId))) return true;
  if (trail.IsMultiRegionTrail && trail.HomeRegion !== region) return true;
  return false;
}
