import { defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { snapshotIdentifier } from '../../rds/actions/_instance.js';
import { CLUSTER_OK_ERRORS, clusterId } from './_cluster.js';

export default defineAction({
  type: 'delete',
  resources: ['aws.rds-cluster'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'skip-snapshot': {
        type: 'boolean',
        default: false,
        description:
          'Delete without a final snapshot. Otherwise a final snapshot `Final-<cluster>-<YYYY-MM-DD-HH-MM>` (UTC) is taken.',
      },
      'delete-instances': {
        type: 'boolean',
        default: true,
        description:
          'First delete each member DB instance (DBClusterMembers) without a final snapshot, as RDS refuses to delete a cluster that still has instances.',
      },
    },
  } as const,
  permissions: ['rds:DeleteDBCluster', 'rds:DeleteDBInstance'],
  doc: {
    summary:
      'Delete DB clusters with DeleteDBCluster, after deleting their member instances (unless `delete-instances: false`) and with a final snapshot unless `skip-snapshot`. A cluster already gone is passed over; one in a state that refuses deletion is reported.',
    example: '- type: delete\n  skip-snapshot: false\n  delete-instances: true',
  },
  reads: () => ['DBClusterIdentifier', 'DBClusterMembers'],
  plan(clusters, opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const cluster of clusters) {
      const id = clusterId(cluster);
      if (!id) continue;
      if (opts['delete-instances']) {
        const members = Array.isArray(cluster.DBClusterMembers)
          ? (cluster.DBClusterMembers as Resource[])
          : [];
        for (const m of members) {
          if (typeof m.DBInstanceIdentifier !== 'string') continue;
          calls.push({
            service: 'rds',
            operation: 'DeleteDBInstance',
            input: { DBInstanceIdentifier: m.DBInstanceIdentifier, SkipFinalSnapshot: true },
            resourceIds: [id],
            describe: `delete instance ${m.DBInstanceIdentifier} of ${id}`,
          });
        }
      }
      const input: Record<string, unknown> = { DBClusterIdentifier: id };
      if (opts['skip-snapshot']) input.SkipFinalSnapshot = true;
      else input.FinalDBSnapshotIdentifier = snapshotIdentifier('Final', id, ctx.now);
      calls.push({
        service: 'rds',
        operation: 'DeleteDBCluster',
        input,
        resourceIds: [id],
        describe: opts['skip-snapshot']
          ? `delete ${id} without a final snapshot`
          : `delete ${id} after final snapshot ${input.FinalDBSnapshotIdentifier as string}`,
        // c7n ignores a cluster already gone; a refused state is logged there, reported here.
        okErrors: CLUSTER_OK_ERRORS.slice(0, 2),
      });
    }
    return calls;
  },
});
