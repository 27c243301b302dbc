import { defineFilter, type Resource, toMs } from '@c7n-ts/core';

export default defineFilter({
  type: 'latest',
  resources: ['aws.rds-snapshot'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      automatic: {
        type: 'boolean',
        default: true,
        description: 'Count automated snapshots too (default true); false keeps only manual ones.',
      },
    },
  } as const,
  // As Cloud Custodian declares it; the filter only reads the listing.
  permissions: ['rds:DescribeDBSnapshots'],
  doc: {
    summary:
      'The newest snapshot (by SnapshotCreateTime) of each DB instance. As in Cloud Custodian, snapshots are grouped by DBInstanceIdentifier as they come, run by run: an instance whose snapshots are not listed together has one newest per run.',
    example: '- type: latest\n  automatic: false',
  },
  reads: () => ['DBInstanceIdentifier', 'SnapshotCreateTime', 'SnapshotType'],
  compile(opts) {
    const automatic = opts.automatic ?? true;
    return {
      kind: 'process',
      async process(snaps) {
        const kept = automatic ? snaps : snaps.filter((s) => s.SnapshotType === 'manual');
        // itertools.groupby: consecutive snapshots of the same instance form one group.
        const groups: Resource[][] = [];
        for (const s of kept) {
          const last = groups.at(-1);
          if (last && last[0]?.DBInstanceIdentifier === s.DBInstanceIdentifier) last.push(s);
          else groups.push([s]);
        }
        // The last of a stable sort: of equal times, the one listed last.
        return groups.map((g) =>
          g.reduce((best, s) => (toMs(s.SnapshotCreateTime) >= toMs(best.SnapshotCreateTime) ? s : best)),
        );
      },
    };
  },
});
