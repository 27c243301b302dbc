/**
 * Cloud Custodian's SubnetFilter `igw` and `nat`: whether a subnet's route table sends traffic
 * to an internet gateway or a NAT gateway. The route table is the one associated with the
 * subnet, else its VPC's main table; c7n lists every route table once (DescribeRouteTables).
 */
import type { EvalContext, Resource } from '@c7n-ts/core';
import { listRelated } from './fetch-related.js';
import type { RelatedExtra } from './related.js';

interface Route {
  GatewayId?: string;
  NatGatewayId?: string;
}

interface RouteTable {
  VpcId?: string;
  Routes?: Route[];
  Associations?: { Main?: boolean; SubnetId?: string }[];
}

/** Subnet id or (for the main table) VPC id -> route table, as c7n's `get_route_tables`. */
async function routeTables(ctx: EvalContext): Promise<Map<string, RouteTable>> {
  const out = new Map<string, RouteTable>();
  for (const r of (await listRelated(ctx, 'aws.route-table')) as RouteTable[])
    for (const a of r.Associations ?? []) {
      if (a.Main && r.VpcId) out.set(r.VpcId, r);
      else if (a.SubnetId) out.set(a.SubnetId, r);
    }
  return out;
}

const routesTo: Record<'igw' | 'nat', (route: Route) => boolean> = {
  igw: (route) => route.GatewayId?.startsWith('igw-') === true,
  nat: (route) => !!route.NatGatewayId,
};

export const subnetRoutes: RelatedExtra = {
  properties: {
    igw: {
      enum: [true, false],
      description:
        "true: the subnet's route table routes to an internet gateway (a public subnet); false: it does not.",
    } as { description: string },
    nat: {
      enum: [true, false],
      description: "true: the subnet's route table routes to a NAT gateway; false: it does not.",
    } as { description: string },
  },
  permissions: (opts) =>
    typeof opts.igw === 'boolean' || typeof opts.nat === 'boolean' ? ['ec2:DescribeRouteTables'] : [],
  async prepare(opts, ctx) {
    const asked = (['igw', 'nat'] as const).filter((k) => typeof opts[k] === 'boolean');
    if (asked.length === 0) return [];
    const tables = await routeTables(ctx);
    return asked.map((k) => (subnet: Resource) => {
      const table = tables.get(String(subnet.SubnetId)) ?? tables.get(String(subnet.VpcId));
      // No route table found: c7n's check answers None, which passes neither true nor false.
      if (!table) return false;
      return (table.Routes ?? []).some(routesTo[k]) === opts[k];
    });
  },
};
