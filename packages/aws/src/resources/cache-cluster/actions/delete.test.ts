import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import clusters from '../resource.js';
import del from './delete.js';

const flight = fileURLToPath(new URL('../__fixtures__/action-delete', import.meta.url));
// Flight data: the region's groups (full, partial, global: a global datastore member), then
// DescribeReplicationGroups of `full` and of `partial`; the second case's listing wraps back to
// the first file, as replay does.
const reader = () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
  return (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1');
};

const redis = (id: string, group?: string, extra: Record<string, unknown> = {}) => ({
  CacheClusterId: id,
  Engine: 'redis',
  CacheNodeType: 'cache.r6g.large',
  ...(group && { ReplicationGroupId: group }),
  ...extra,
});

testAction(del, {
  resourceType: clusters,
  now: Date.parse('2024-03-01T14:05:09Z'),
  context: { read: reader() },
  valid: [{}, { 'skip-snapshot': true }],
  invalid: [{ options: { 'skip-snapshot': 'no' }, messageId: 'schema', path: ['skip-snapshot'] }],
  cases: [
    {
      name: 'lone clusters one by one, with a final snapshot where allowed; a whole group by its group',
      options: {},
      resources: [
        redis('solo'),
        redis('memcached', undefined, { Engine: 'memcached' }),
        redis('t1', undefined, { CacheNodeType: 'cache.t1.micro' }),
        redis('full-001', 'full'),
        redis('full-002', 'full'),
        redis('partial-001', 'partial'),
        redis('global-001', 'global'),
      ],
      calls: [
        {
          service: 'elasticache',
          operation: 'DeleteCacheCluster',
          input: { CacheClusterId: 'solo', FinalSnapshotIdentifier: 'Final-solo-2024-03-01-14-05' },
          resourceIds: ['solo'],
        },
        { operation: 'DeleteCacheCluster', input: { CacheClusterId: 'memcached' } },
        { operation: 'DeleteCacheCluster', input: { CacheClusterId: 't1' } },
        {
          operation: 'DeleteReplicationGroup',
          input: {
            ReplicationGroupId: 'full',
            RetainPrimaryCluster: false,
            FinalSnapshotIdentifier: 'Final-full-2024-03-01-14-05',
          },
          resourceIds: ['full-001', 'full-002'],
        },
      ],
    },
    {
      name: 'skip-snapshot',
      options: { 'skip-snapshot': true },
      resources: [redis('solo')],
      calls: [{ operation: 'DeleteCacheCluster', input: { CacheClusterId: 'solo' } }],
    },
  ],
});
