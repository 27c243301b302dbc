import { defineAction } from '@c7n-ts/core';
import { perCluster } from './_cluster.js';

export default defineAction({
  type: 'pause',
  resources: ['aws.redshift'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['redshift:PauseCluster'],
  doc: {
    summary:
      'Pause Redshift clusters with PauseCluster, one call per cluster. As in Cloud Custodian, only clusters whose ClusterStatus is `available` are paused; the others are skipped.',
    example: '- pause',
  },
  reads: () => ['ClusterIdentifier', 'ClusterStatus'],
  plan: (clusters, _opts, ctx) =>
    perCluster(clusters, 'PauseCluster', 'pause', ctx.log, { states: ['available'] }),
});
