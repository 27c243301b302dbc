import type { Resource } from '@c7n-ts/core';
import { listRelated } from '../../../common/filters/fetch-related.js';
import { relatedFilter } from '../../../common/filters/related.js';
import { subnetRoutes } from '../../../common/filters/subnet-routes.js';

interface Association {
  SubnetId?: string;
  Main?: boolean;
}

/**
 * The subnets using each table, as c7n's SubnetRoute works them out: its explicit associations,
 * and for a VPC's main table (among the tables filtered) the VPC's subnets no table names.
 */
async function subnetsByTable(rs: readonly Resource[], ctx: Parameters<typeof listRelated>[0]) {
  const byTable = new Map<string, string[]>();
  const mainOf = new Map<string, string>();
  for (const r of rs) {
    const id = String(r.RouteTableId);
    byTable.set(id, []);
    for (const a of (r.Associations as Association[] | undefined) ?? []) {
      if (a.SubnetId) byTable.get(id)?.push(a.SubnetId);
      else if (a.Main) mainOf.set(String(r.VpcId), id);
    }
  }
  const explicit = new Set([...byTable.values()].flat());
  const subnets = await listRelated(ctx, 'aws.subnet');
  for (const s of subnets) {
    const id = String(s.SubnetId);
    const main = mainOf.get(String(s.VpcId));
    if (explicit.has(id) || !main) continue;
    byTable.get(main)?.push(id);
  }
  return { byTable, subnets };
}

const mappings = new WeakMap<object, Map<string, string[]>>();

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.route-table'],
  relatedType: 'aws.subnet',
  idsExpression: 'Associations[].SubnetId',
  annotationKey: 'matched-subnets',
  reads: ['RouteTableId', 'VpcId', 'Associations'],
  permissions: ['ec2:DescribeSubnets'],
  extra: subnetRoutes,
  doc: {
    summary:
      "Route tables by the subnets using them (explicitly associated, or for a VPC's main table the VPC's other subnets; the region's subnets are listed): value filter options apply to each subnet, and `igw`/`nat` ask whether its route table reaches an internet or NAT gateway. Matched subnet ids are recorded in c7n:matched-subnets.",
    example: '- type: subnet\n  key: tag:Tier\n  value: public',
  },
  resolve: {
    async ids(rs, ctx) {
      // Worked out for the whole set first; each table's own call then reads that mapping, as
      // c7n keeps it (a main table's subnets depend on the other tables' associations).
      let byTable = mappings.get(ctx);
      if (!byTable || !rs.every((r) => byTable?.has(String(r.RouteTableId)))) {
        byTable = (await subnetsByTable(rs, ctx)).byTable;
        mappings.set(ctx, byTable);
      }
      const known = byTable;
      return [...new Set(rs.flatMap((r) => known.get(String(r.RouteTableId)) ?? []))];
    },
    async fetch(ids, ctx) {
      const wanted = new Set(ids);
      const { subnets } = await subnetsByTable([], ctx);
      return new Map(
        subnets.filter((s) => wanted.has(String(s.SubnetId))).map((s) => [String(s.SubnetId), s]),
      );
    },
  },
});
