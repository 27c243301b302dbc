import { defineFilter, type Resource, toMs } from '@c7n-ts/core';
import { PERIOD_MS, slot } from '../../../common/filters/consecutive-aws-backups.js';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

/** Where each cluster keeps its snapshots (Cloud Custodian's key). */
export const REDSHIFT_SNAPSHOTS = 'c7n:RedshiftSnapshots';

/** The start of a slot (`YYYY-MM-DD` or `YYYY-MM-DD-HH`, UTC), as the listing's StartTime. */
const slotStart = (s: string) =>
  new Date(s.length > 10 ? `${s.slice(0, 10)}T${s.slice(11)}:00:00Z` : `${s}T00:00:00Z`);

export default defineFilter({
  type: 'consecutive-snapshots',
  resources: ['aws.redshift'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['count', 'period', 'status'],
    properties: {
      count: {
        type: 'number',
        minimum: 1,
        description: 'How many periods back, from the last one (UTC), must each have a snapshot.',
      },
      period: { enum: ['hours', 'days', 'weeks'], description: 'The period counted back.' },
      status: {
        enum: ['available', 'creating', 'final snapshot', 'failed'],
        description: 'The snapshot status that counts.',
      },
    },
  } as const,
  permissions: ['redshift:DescribeClusterSnapshots', 'redshift:DescribeClusters'],
  doc: {
    summary:
      'Redshift clusters with a snapshot of the given status in each of the last `count` periods: each hour back (by UTC hour), each day, or the day one, two... weeks ago (by UTC date, as Cloud Custodian compares them). As in Cloud Custodian, the snapshots taken since the first period are listed (DescribeClusterSnapshots with StartTime, all pages) once per 50 clusters, and kept under `c7n:RedshiftSnapshots`.',
    example: '- type: consecutive-snapshots\n  count: 7\n  period: days\n  status: available',
  },
  reads: () => ['ClusterIdentifier', REDSHIFT_SNAPSHOTS],
  compile(opts) {
    const count = Math.floor(opts.count); // Python's range() takes whole periods
    const period = opts.period;
    return {
      kind: 'process',
      async process(rs, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const at = (k: number) => slot(ectx.now - k * PERIOD_MS[period], period);
        const since = slotStart(at(count));
        const todo = rs.filter((r) => !(REDSHIFT_SNAPSHOTS in r));
        for (let i = 0; i < todo.length; i += 50) {
          // c7n lists every cluster's snapshots for each chunk, not the chunk's only.
          const snapshots: Resource[] = [];
          let marker: string | undefined;
          do {
            const page = await p.send(
              'redshift',
              'DescribeClusterSnapshots',
              { StartTime: since, ...(marker && { Marker: marker }) },
              region,
            );
            snapshots.push(...((page.Snapshots ?? []) as Resource[]));
            marker = typeof page.Marker === 'string' && page.Marker ? page.Marker : undefined;
          } while (marker);
          const byCluster = new Map<string, Resource[]>();
          for (const s of snapshots) {
            const id = String(s.ClusterIdentifier);
            byCluster.set(id, [...(byCluster.get(id) ?? []), s]);
          }
          for (const r of todo.slice(i, i + 50))
            r[REDSHIFT_SNAPSHOTS] = byCluster.get(String(r.ClusterIdentifier)) ?? [];
        }
        const expected = Array.from({ length: count }, (_, k) => at(k + 1));
        return rs.filter((r) => {
          const taken = new Set(
            ((r[REDSHIFT_SNAPSHOTS] ?? []) as Resource[])
              .filter((s) => s.Status === opts.status && s.SnapshotCreateTime !== undefined)
              .map((s) => slot(toMs(s.SnapshotCreateTime), period)),
          );
          return expected.every((s) => taken.has(s));
        });
      },
    };
  },
});
