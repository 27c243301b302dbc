import { defineAction, type PlannedCall } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.rds-snapshot'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['rds:DeleteDBSnapshot'],
  doc: {
    summary:
      'Delete DB snapshots. Only manual snapshots are deleted; automated ones (which RDS expires itself) and others are skipped, as in Cloud Custodian.',
    example: '- delete',
  },
  reads: () => ['DBSnapshotIdentifier', 'SnapshotType'],
  plan(snapshots, _opts, ctx) {
    const calls: PlannedCall[] = [];
    // Cloud Custodian deletes in reverse listing order; kept so runs line up call by call.
    for (const s of [...snapshots].reverse()) {
      const id = typeof s.DBSnapshotIdentifier === 'string' ? s.DBSnapshotIdentifier : undefined;
      if (!id) continue;
      if (s.SnapshotType !== 'manual') {
        ctx.log?.(
          'info',
          `rds-snapshot: ${id} is ${String(s.SnapshotType ?? 'of unknown type')}, not manual; not deleted`,
        );
        continue;
      }
      calls.push({
        service: 'rds',
        operation: 'DeleteDBSnapshot',
        input: { DBSnapshotIdentifier: id },
        resourceIds: [id],
        describe: `delete snapshot ${id}`,
        okErrors: ['DBSnapshotNotFound'], // already gone
      });
    }
    return calls;
  },
});
