import { defineFilter, type Resource } from '@c7n-ts/core';
import { allPages } from './_per-run.js';

/** Where a matched instance keeps its pending maintenance actions (Cloud Custodian's key). */
export const PENDING_MAINTENANCE = 'c7n:PendingMaintenance';

export default defineFilter({
  type: 'pending-maintenance',
  resources: ['aws.rds'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['rds:DescribePendingMaintenanceActions'],
  doc: {
    summary:
      'DB instances with pending maintenance: one DescribePendingMaintenanceActions listing (all pages) for the region, matched by instance ARN. A matched instance gets its entries under `c7n:PendingMaintenance`, for a value filter on `"c7n:PendingMaintenance"[].PendingMaintenanceActionDetails[].Action`.',
    example: '- pending-maintenance',
  },
  reads: () => ['DBInstanceArn', PENDING_MAINTENANCE],
  compile() {
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
          const mine = byArn.get(String(r.DBInstanceArn));
          if (!mine) return false;
          r[PENDING_MAINTENANCE] = mine;
          return true;
        });
      },
    };
  },
});
