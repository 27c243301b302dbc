import { defineAction } from '@c7n-ts/core';
import { perCluster } from './_cluster.js';

export default defineAction({
  type: 'resume',
  resources: ['aws.redshift'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['redshift:ResumeCluster'],
  doc: {
    summary:
      'Resume Redshift clusters with ResumeCluster, one call per cluster. As in Cloud Custodian, only clusters whose ClusterStatus is `paused` are resumed; the others are skipped.',
    example: '- resume',
  },
  reads: () => ['ClusterIdentifier', 'ClusterStatus'],
  plan: (clusters, _opts, ctx) =>
    perCluster(clusters, 'ResumeCluster', 'resume', ctx.log, { states: ['paused'] }),
});
