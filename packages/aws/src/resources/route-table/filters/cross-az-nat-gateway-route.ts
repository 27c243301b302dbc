import { defineFilter, type Resource } from '@c7n-ts/core';
import { listRelated } from '../../../common/filters/fetch-related.js';

const MISMATCH = 'c7n:nat-az-mismatch';

interface Association {
  SubnetId?: string;
  Main?: boolean;
}

export default defineFilter({
  type: 'cross-az-nat-gateway-route',
  resources: ['aws.route-table'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:DescribeRouteTables', 'ec2:DescribeNatGateways', 'ec2:DescribeSubnets'],
  doc: {
    summary:
      "Route tables with an active route to a NAT gateway in another Availability Zone than some subnet using the table (explicitly associated, or through its VPC's main table among the tables filtered). The region's subnets and NAT gateways are listed; regional NAT gateways (no subnet) are left out with a warning. Mismatches are recorded in c7n:nat-az-mismatch by gateway.",
    example: '- type: cross-az-nat-gateway-route',
  },
  reads: () => ['RouteTableId', 'VpcId', 'Routes', 'Associations'],
  compile: () => ({
    kind: 'process',
    async process(tables, ctx) {
      const subnets = new Map((await listRelated(ctx, 'aws.subnet')).map((s) => [String(s.SubnetId), s]));
      const nats = await listRelated(ctx, 'aws.nat-gateway');
      const regional = nats.filter((n) => !('SubnetId' in n)).map((n) => String(n.NatGatewayId));
      if (regional.length)
        ctx.log?.(
          'warn',
          `cross-az-nat-gateway-route excluding ${regional.length} Regional NAT Gateway(s) without SubnetId: ${regional.slice(0, 5).join(', ')}${regional.length > 5 ? ` (and ${regional.length - 5} more)` : ''}`,
        );
      const natSubnet = new Map(
        nats.filter((n) => 'SubnetId' in n).map((n) => [String(n.NatGatewayId), String(n.SubnetId)]),
      );
      // Subnet -> its table: explicit associations, then the VPC's main table (c7n's annotation).
      const tableOf = new Map<string, string>();
      const mains: Resource[] = [];
      for (const t of tables)
        for (const a of (t.Associations as Association[] | undefined) ?? []) {
          if (a.SubnetId && subnets.has(a.SubnetId)) tableOf.set(a.SubnetId, String(t.RouteTableId));
          if (a.Main) mains.push(t);
        }
      for (const [id, s] of subnets) {
        if (tableOf.has(id)) continue;
        for (const t of mains) if (t.VpcId === s.VpcId) tableOf.set(id, String(t.RouteTableId));
      }
      const azOf = (subnet: string | undefined) =>
        subnet ? subnets.get(subnet)?.AvailabilityZone : undefined;
      return tables.filter((t) => {
        const mine = [...tableOf].filter(([, table]) => table === t.RouteTableId).map(([s]) => s);
        const matched: Record<string, { NatGatewayAz?: unknown; Subnets?: Record<string, unknown> }> = {};
        for (const route of (t.Routes as Resource[] | undefined) ?? []) {
          if (!route.NatGatewayId || route.State !== 'active') continue;
          const nat = String(route.NatGatewayId);
          const natAz = azOf(natSubnet.get(nat));
          const mismatch = Object.fromEntries(mine.filter((s) => azOf(s) !== natAz).map((s) => [s, azOf(s)]));
          if (!Object.keys(mismatch).length) continue;
          const entry = matched[nat] ?? {};
          entry.NatGatewayAz = natAz;
          entry.Subnets = { ...(entry.Subnets ?? {}), ...mismatch };
          matched[nat] = entry;
        }
        if (!Object.keys(matched).length) return false;
        t[MISMATCH] = matched;
        return true;
      });
    },
  }),
});
