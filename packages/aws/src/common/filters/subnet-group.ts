/**
 * Related subnets by way of a subnet group (RDS clusters' `DBSubnetGroup`, ElastiCache clusters'
 * `CacheSubnetGroupName`): as Cloud Custodian does, every subnet group of the region is listed
 * once (DescribeDBSubnetGroups, DescribeCacheSubnetGroups, all pages), and a resource's subnets
 * are its group's `Subnets[].SubnetIdentifier` (or its VPC, `VpcId`). Those are then fetched as
 * related resources are (DescribeSubnets, DescribeVpcs).
 */
import type { EvalContext, Resource } from '@c7n-ts/core';
import { idFieldOf, providerOf, regionOf, relatedById } from './fetch-related.js';
import type { RelatedResolver } from './related.js';

export interface SubnetGroupSource {
  /** Client key (endpoint prefix): `rds`, `elasticache`. */
  service: string;
  operation: string;
  /** Items member of a page: `DBSubnetGroups`, `CacheSubnetGroups`. */
  items: string;
  /** Group member naming it: `DBSubnetGroupName`, `CacheSubnetGroupName`. */
  nameField: string;
  /** Resource field holding its group's name: `DBSubnetGroup`, `CacheSubnetGroupName`. */
  groupOf: string;
  /** Relate the group's VPC (`VpcId`, aws.vpc) instead of its subnets. */
  vpc?: boolean;
}

async function listGroups(src: SubnetGroupSource, ctx: EvalContext): Promise<Map<string, Resource>> {
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  const groups = new Map<string, Resource>();
  let marker: string | undefined;
  do {
    const page = await p.send(src.service, src.operation, marker ? { Marker: marker } : {}, region);
    for (const g of (page[src.items] ?? []) as Resource[]) groups.set(String(g[src.nameField]), g);
    marker = typeof page.Marker === 'string' && page.Marker ? page.Marker : undefined;
  } while (marker);
  return groups;
}

/** A `resolve` for `relatedFilter`: the groups are listed once per filter evaluation. */
export function subnetGroupResolver(src: SubnetGroupSource): RelatedResolver {
  const listed = new WeakMap<EvalContext, Promise<Map<string, Resource>>>();
  const groupsFor = (ctx: EvalContext) => {
    let g = listed.get(ctx);
    if (!g) {
      g = listGroups(src, ctx);
      listed.set(ctx, g);
    }
    return g;
  };
  return {
    async ids(rs, ctx) {
      const groups = await groupsFor(ctx);
      const ids = new Set<string>();
      for (const r of rs) {
        const group = groups.get(String(r[src.groupOf]));
        if (src.vpc) {
          if (typeof group?.VpcId === 'string') ids.add(group.VpcId);
          continue;
        }
        for (const s of (group?.Subnets ?? []) as Resource[])
          if (typeof s.SubnetIdentifier === 'string') ids.add(s.SubnetIdentifier);
      }
      return [...ids];
    },
    fetch: (ids, ctx) => {
      const type = src.vpc ? 'aws.vpc' : 'aws.subnet';
      return relatedById(ctx, type, idFieldOf(ctx, type), ids);
    },
  };
}
