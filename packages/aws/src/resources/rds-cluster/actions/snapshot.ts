import { defineAction } from '@c7n-ts/core';
import { snapshotIdentifier } from '../../rds/actions/_instance.js';
import { perCluster } from './_cluster.js';

export default defineAction({
  type: 'snapshot',
  resources: ['aws.rds-cluster'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['rds:CreateDBClusterSnapshot'],
  doc: {
    summary:
      'Take a manual snapshot of DB clusters, named `Backup-<cluster>-<YYYY-MM-DD-HH-MM>` (UTC) as Cloud Custodian names it. A cluster that is gone or in a state that refuses it is passed over.',
    example: '- snapshot',
  },
  reads: () => ['DBClusterIdentifier'],
  plan: (clusters, _opts, ctx) =>
    perCluster(clusters, 'CreateDBClusterSnapshot', 'snapshot', (id) => ({
      DBClusterSnapshotIdentifier: snapshotIdentifier('Backup', id, ctx.now),
      DBClusterIdentifier: id,
    })),
});
