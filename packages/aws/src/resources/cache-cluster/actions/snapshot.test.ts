import { testAction } from '@c7n-ts/core/testing';
import clusters from '../resource.js';
import snapshot from './snapshot.js';

testAction(snapshot, {
  resourceType: clusters,
  now: Date.parse('2024-03-01T14:05:09Z'),
  valid: [{}],
  invalid: [{ options: { name: 'x' }, messageId: 'schema' }],
  cases: [
    {
      name: 'Backup-<cluster>-<date-time>; memcached and cache.t1 clusters are skipped',
      options: {},
      resources: [
        { CacheClusterId: 'redis-1', Engine: 'redis', CacheNodeType: 'cache.m5.large' },
        { CacheClusterId: 'mc-1', Engine: 'memcached', CacheNodeType: 'cache.m5.large' },
        { CacheClusterId: 'old-1', Engine: 'redis', CacheNodeType: 'cache.t1.micro' },
      ],
      calls: [
        {
          service: 'elasticache',
          operation: 'CreateSnapshot',
          input: { SnapshotName: 'Backup-redis-1-2024-03-01-14-05', CacheClusterId: 'redis-1' },
          resourceIds: ['redis-1'],
        },
      ],
    },
  ],
});
