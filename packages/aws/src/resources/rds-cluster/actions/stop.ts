import { defineAction } from '@c7n-ts/core';
import { perCluster } from './_cluster.js';

export default defineAction({
  type: 'stop',
  resources: ['aws.rds-cluster'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['rds:StopDBCluster'],
  doc: {
    summary:
      'Stop DB clusters with StopDBCluster, one call per cluster. As in Cloud Custodian, a cluster that is gone or in a state that refuses it is passed over.',
    example: '- stop',
  },
  reads: () => ['DBClusterIdentifier'],
  plan: (clusters) => perCluster(clusters, 'StopDBCluster', 'stop'),
});
