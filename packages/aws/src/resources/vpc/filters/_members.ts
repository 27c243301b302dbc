/**
 * Cloud Custodian's VPC filters over what a VPC contains (security groups, subnets, NAT and
 * internet gateways): the related ids are those of the region's listed resources that name one
 * of the VPCs, and the related resources are then fetched by id (or listed from ten ids on).
 */
import type { Resource } from '@c7n-ts/core';
import { listRelated, relatedById } from '../../../common/filters/fetch-related.js';
import type { RelatedResolver } from '../../../common/filters/related.js';

export function vpcMembers(
  relatedType: string,
  idField: string,
  inVpcs: (related: Resource, vpcIds: ReadonlySet<string>) => boolean,
): RelatedResolver {
  return {
    async ids(rs, ctx) {
      const vpcIds = new Set(rs.map((r) => String(r.VpcId ?? '')));
      const members = (await listRelated(ctx, relatedType)).filter((x) => inVpcs(x, vpcIds));
      return [...new Set(members.map((x) => String(x[idField])))];
    },
    fetch: (ids, ctx) => relatedById(ctx, relatedType, idField, ids),
  };
}

/** Resources naming the VPC in their own `VpcId`. */
export const byVpcId = (related: Resource, vpcIds: ReadonlySet<string>): boolean =>
  vpcIds.has(String(related.VpcId ?? ''));
