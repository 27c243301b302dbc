import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { snapshotIdentifier } from '../../rds/actions/_instance.js';
import { snapshotEligible } from './delete.js';

export default defineAction({
  type: 'snapshot',
  resources: ['aws.cache-cluster'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['elasticache:CreateSnapshot'],
  doc: {
    summary:
      'Snapshot cache clusters (CreateSnapshot), named `Backup-<cluster>-<YYYY-MM-DD-HH-MM>` (UTC). As in Cloud Custodian, clusters that cannot be snapshotted (memcached, cache.t1 nodes) are skipped.',
    example: '- snapshot',
  },
  reads: () => ['CacheClusterId', 'Engine', 'CacheNodeType'],
  plan(clusters, _opts, ctx) {
    const eligible = clusters.filter(snapshotEligible);
    if (eligible.length !== clusters.length)
      ctx.log?.(
        'info',
        `cache-cluster snapshot: ${clusters.length - eligible.length} of ${clusters.length} clusters cannot be snapshotted (memcached or cache.t1); skipped`,
      );
    return eligible.map((c): PlannedCall => {
      const id = String(c.CacheClusterId);
      const name = snapshotIdentifier('Backup', id, ctx.now);
      return {
        service: 'elasticache',
        operation: 'CreateSnapshot',
        input: { SnapshotName: name, CacheClusterId: id },
        resourceIds: [id],
        describe: `snapshot ${id} as ${name}`,
      };
    });
  },
});
