import { defineAction, type PlannedCall } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.rds-cluster-snapshot'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['rds:DeleteDBClusterSnapshot'],
  doc: {
    summary:
      'Delete DB cluster snapshots with DeleteDBClusterSnapshot, one call per snapshot. Unlike the rds-snapshot delete, automated snapshots are not skipped (RDS refuses them), as in Cloud Custodian.',
    example: '- delete',
  },
  reads: () => ['DBClusterSnapshotIdentifier'],
  plan(snapshots) {
    const calls: PlannedCall[] = [];
    // Cloud Custodian deletes in reverse listing order; kept so runs line up call by call.
    for (const s of [...snapshots].reverse()) {
      const id =
        typeof s.DBClusterSnapshotIdentifier === 'string' ? s.DBClusterSnapshotIdentifier : undefined;
      if (!id) continue;
      calls.push({
        service: 'rds',
        operation: 'DeleteDBClusterSnapshot',
        input: { DBClusterSnapshotIdentifier: id },
        resourceIds: [id],
        describe: `delete cluster snapshot ${id}`,
        // The errors c7n passes over.
        okErrors: ['DBSnapshotNotFound', 'InvalidDBSnapshotState'],
      });
    }
    return calls;
  },
});
