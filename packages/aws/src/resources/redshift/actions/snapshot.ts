import { defineAction } from '@c7n-ts/core';
import { snapshotIdentifier } from '../../rds/actions/_instance.js';
import { perCluster } from './_cluster.js';

export default defineAction({
  type: 'snapshot',
  resources: ['aws.redshift'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['redshift:CreateClusterSnapshot'],
  doc: {
    summary:
      "Take a manual snapshot of Redshift clusters, named `Backup-<cluster>-<YYYY-MM-DD-HH-MM>` (UTC) and carrying the cluster's tags, as Cloud Custodian does.",
    example: '- snapshot',
  },
  reads: () => ['ClusterIdentifier', 'Tags'],
  plan: (clusters, _opts, ctx) =>
    perCluster(clusters, 'CreateClusterSnapshot', 'snapshot', ctx.log, {
      input: (id, c) => ({
        SnapshotIdentifier: snapshotIdentifier('Backup', id, ctx.now),
        ClusterIdentifier: id,
        ...(Array.isArray(c.Tags) && { Tags: c.Tags }),
      }),
    }),
});
