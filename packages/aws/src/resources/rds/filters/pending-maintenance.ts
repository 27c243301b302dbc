import { defineFilter, type Resource, type ResourceTypeDecl } from '@c7n-ts/core';
import { allPages } from './_per-run.js';

/** Where a matched instance keeps its pending maintenance actions (Cloud Custodian's key). */
export const PENDING_MAINTENANCE = 'c7n:PendingMaintenance';

/** The field holding the resource's ARN, which the maintenance actions name it by. */
const arnField = (rt: ResourceTypeDecl): string =>
  (rt.source as { arn?: { field?: string } }).arn?.field ?? 'DBInstanceArn';

export default defineFilter({
  type: 'pending-maintenance',
  resources: ['aws.rds', 'aws.rds-cluster'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['rds:DescribePendingMaintenanceActions'],
  doc: {
    summary:
      'DB instances (or clusters) with pending maintenance: one DescribePendingMaintenanceActions listing (all pages) for the region, matched by the resource\'s ARN (DBInstanceArn, DBClusterArn). A matched resource gets its entries under `c7n:PendingMaintenance`, for a value filter on `"c7n:PendingMaintenance"[].PendingMaintenanceActionDetails[].Action`.',
    example: '- pending-maintenance',
  },
  reads: (_opts, rt) => [arnField(rt), PENDING_MAINTENANCE],
  compile(_opts, cctx) {
    const field = arnField(cctx.resourceType);
    return {
      kind: 'process',
      async process(rs, ectx) {
        const pending = await allPages<Resource>(
          ectx,
          'DescribePendingMaintenanceActions',
          {},
          'PendingMaintenanceActions',
        );
        const byArn = new Map<string, Resource[]>();
        for (const a of pending) {
          const arn = String(a.ResourceIdentifier);
          byArn.set(arn, [...(byArn.get(arn) ?? []), a]);
        }
        return rs.filter((r) => {
          const mine = byArn.get(String(r[field]));
          if (!mine) return false;
          r[PENDING_MAINTENANCE] = mine;
          return true;
        });
      },
    };
  },
});
