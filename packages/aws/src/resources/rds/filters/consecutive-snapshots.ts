import { defineFilter, type Resource, toMs } from '@c7n-ts/core';
import { allPages } from './_per-run.js';

/** Where each instance keeps its snapshots (Cloud Custodian's key). */
export const DB_SNAPSHOTS = 'c7n:DBSnapshots';

const DAY = 86_400_000;
/** A UTC calendar day, `YYYY-MM-DD`. */
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export default defineFilter({
  type: 'consecutive-snapshots',
  resources: ['aws.rds'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['days'],
    properties: {
      days: {
        type: 'number',
        minimum: 1,
        description: 'How many days back, from yesterday (UTC), must each have an available snapshot.',
      },
    },
  } as const,
  permissions: ['rds:DescribeDBSnapshots', 'rds:DescribeDBInstances'],
  doc: {
    summary:
      'DB instances with an available snapshot on each of the last `days` days (UTC calendar days, yesterday back). Snapshots come from DescribeDBSnapshots filtered by instance id, 50 instances a call, and are kept under `c7n:DBSnapshots`.',
    example: '- type: consecutive-snapshots\n  days: 7',
  },
  reads: () => ['DBInstanceIdentifier', DB_SNAPSHOTS],
  compile(opts) {
    // Python's range() takes whole days.
    const days = Math.floor(opts.days);
    return {
      kind: 'process',
      async process(rs, ectx) {
        const todo = rs.filter((r) => !(DB_SNAPSHOTS in r));
        for (let i = 0; i < todo.length; i += 50) {
          const chunk = todo.slice(i, i + 50);
          const snapshots = await allPages<Resource>(
            ectx,
            'DescribeDBSnapshots',
            {
              Filters: [{ Name: 'db-instance-id', Values: chunk.map((r) => String(r.DBInstanceIdentifier)) }],
            },
            'DBSnapshots',
          );
          const byDb = new Map<string, Resource[]>();
          for (const s of snapshots) {
            const id = String(s.DBInstanceIdentifier);
            byDb.set(id, [...(byDb.get(id) ?? []), s]);
          }
          for (const r of chunk) r[DB_SNAPSHOTS] = byDb.get(String(r.DBInstanceIdentifier)) ?? [];
        }
        const expected = Array.from({ length: days }, (_, k) => dayOf(ectx.now - (k + 1) * DAY));
        return rs.filter((r) => {
          const taken = new Set(
            ((r[DB_SNAPSHOTS] ?? []) as Resource[])
              .filter((s) => s.Status === 'available' && s.SnapshotCreateTime !== undefined)
              .map((s) => dayOf(toMs(s.SnapshotCreateTime))),
          );
          return expected.every((d) => taken.has(d));
        });
      },
    };
  },
});
