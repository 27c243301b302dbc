/**
 * Cloud Custodian's consecutive-snapshots for DB instances and DB clusters: the snapshots of 50
 * resources at a time (Describe…Snapshots filtered by their ids, all pages), then an available
 * snapshot wanted on each of the last `days` UTC calendar days.
 */
import { defineFilter, type Resource, toMs } from '@c7n-ts/core';
import { allPages } from './_per-run.js';

const DAY = 86_400_000;
/** A UTC calendar day, `YYYY-MM-DD`. */
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface DbSnapshotsSpec {
  resources: string[];
  /** The resources, plural, in the summary ("DB instances"). */
  noun: string;
  /** `DescribeDBSnapshots`, `DescribeDBClusterSnapshots`. */
  operation: string;
  /** Its items member: `DBSnapshots`, `DBClusterSnapshots`. */
  items: string;
  /** Its filter by resource id: `db-instance-id`, `db-cluster-id`. */
  filterName: string;
  /** The resource id, also on each snapshot: `DBInstanceIdentifier`, `DBClusterIdentifier`. */
  idField: string;
  /** Where each resource keeps its snapshots (Cloud Custodian's key). */
  annotation: string;
  permissions: string[];
}

export function dbConsecutiveSnapshots(spec: DbSnapshotsSpec) {
  return defineFilter({
    type: 'consecutive-snapshots',
    resources: spec.resources,
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
    permissions: spec.permissions,
    doc: {
      summary: `${spec.noun} with an available snapshot on each of the last \`days\` days (UTC calendar days, yesterday back). Snapshots come from ${spec.operation} filtered by ${spec.filterName}, 50 at a time, and are kept under \`${spec.annotation}\`.`,
      example: '- type: consecutive-snapshots\n  days: 7',
    },
    reads: () => [spec.idField, spec.annotation],
    compile(opts) {
      // Python's range() takes whole days.
      const days = Math.floor(opts.days);
      return {
        kind: 'process',
        async process(rs, ectx) {
          const todo = rs.filter((r) => !(spec.annotation in r));
          for (let i = 0; i < todo.length; i += 50) {
            const chunk = todo.slice(i, i + 50);
            const snapshots = await allPages<Resource>(
              ectx,
              spec.operation,
              { Filters: [{ Name: spec.filterName, Values: chunk.map((r) => String(r[spec.idField])) }] },
              spec.items,
            );
            const byId = new Map<string, Resource[]>();
            for (const s of snapshots) {
              const id = String(s[spec.idField]);
              byId.set(id, [...(byId.get(id) ?? []), s]);
            }
            for (const r of chunk) r[spec.annotation] = byId.get(String(r[spec.idField])) ?? [];
          }
          const expected = Array.from({ length: days }, (_, k) => dayOf(ectx.now - (k + 1) * DAY));
          return rs.filter((r) => {
            const taken = new Set(
              ((r[spec.annotation] ?? []) as Resource[])
                .filter((s) => s.Status === 'available' && s.SnapshotCreateTime !== undefined)
                .map((s) => dayOf(toMs(s.SnapshotCreateTime))),
            );
            return expected.every((d) => taken.has(d));
          });
        },
      };
    },
  });
}
