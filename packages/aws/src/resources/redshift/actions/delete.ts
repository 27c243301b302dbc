import { defineAction } from '@c7n-ts/core';
import { snapshotIdentifier } from '../../rds/actions/_instance.js';
import { perCluster } from './_cluster.js';

export default defineAction({
  type: 'delete',
  resources: ['aws.redshift'],
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
    },
  } as const,
  permissions: ['redshift:DeleteCluster'],
  doc: {
    summary:
      'Delete Redshift clusters with DeleteCluster, after a final snapshot unless `skip-snapshot`. A cluster in a state that refuses deletion is passed over, as Cloud Custodian does.',
    example: '- type: delete\n  skip-snapshot: false',
  },
  reads: () => ['ClusterIdentifier'],
  plan: (clusters, opts, ctx) =>
    perCluster(clusters, 'DeleteCluster', 'delete', ctx.log, {
      input: (id) =>
        opts['skip-snapshot']
          ? { ClusterIdentifier: id, SkipFinalClusterSnapshot: true }
          : {
              ClusterIdentifier: id,
              FinalClusterSnapshotIdentifier: snapshotIdentifier('Final', id, ctx.now),
            },
    }).map((call) => ({ ...call, okErrors: ['InvalidClusterState'] })),
});
