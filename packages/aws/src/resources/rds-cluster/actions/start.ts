import { defineAction } from '@c7n-ts/core';
import { perCluster } from './_cluster.js';

export default defineAction({
  type: 'start',
  resources: ['aws.rds-cluster'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['rds:StartDBCluster'],
  doc: {
    summary:
      'Start DB clusters with StartDBCluster, one call per cluster. As in Cloud Custodian, a cluster that is gone or in a state that refuses it is passed over.',
    example: '- start',
  },
  reads: () => ['DBClusterIdentifier'],
  plan: (clusters) => perCluster(clusters, 'StartDBCluster', 'start'),
});
