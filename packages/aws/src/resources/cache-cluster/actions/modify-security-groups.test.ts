import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import modifySecurityGroups from './modify-security-groups.js';

const node = (id: string, rg: string | undefined, groups: string[], extra: Record<string, unknown> = {}) => ({
  CacheClusterId: id,
  ...(rg ? { ReplicationGroupId: rg } : {}),
  SecurityGroups: groups.map((SecurityGroupId) => ({ SecurityGroupId, Status: 'active' })),
  ...extra,
});

testAction(modifySecurityGroups, {
  resourceType: resource,
  valid: [
    { add: 'sg-1' },
    { remove: 'matched', 'isolation-group': 'sg-9' },
    { remove: ['sg-1'], add: ['sg-2'] },
  ],
  invalid: [
    { options: { remove: ['sg-1'] }, messageId: 'schema' },
    { options: { remove: 'all', add: 'sg-1' }, messageId: 'remove-all-needs-isolation', path: ['remove'] },
    { options: { add: 'cache-clients' }, messageId: 'names-not-supported', path: ['add'] },
    { options: { 'add-by-tag': { key: 'role', values: ['cache'] } }, messageId: 'add-by-tag-not-supported' },
  ],
  cases: [
    {
      name: 'one call per replication group, its last member deciding; no group: skipped',
      options: { add: 'sg-0new', remove: ['sg-0old'] },
      resources: [
        node('redis-001', 'redis', ['sg-0a', 'sg-0old']),
        node('memcached-1', undefined, ['sg-0a']),
        node('redis-002', 'redis', ['sg-0b']),
        node('other-001', 'other', ['sg-0old']),
      ],
      calls: [
        {
          service: 'elasticache',
          operation: 'ModifyReplicationGroup',
          input: { ReplicationGroupId: 'redis', SecurityGroupIds: ['sg-0b', 'sg-0new'] },
          resourceIds: ['redis-001', 'redis-002'],
        },
        {
          operation: 'ModifyReplicationGroup',
          input: { ReplicationGroupId: 'other', SecurityGroupIds: ['sg-0new'] },
          resourceIds: ['other-001'],
        },
      ],
    },
    {
      name: 'remove matched, the isolation group when none is left',
      options: { remove: 'matched', 'isolation-group': 'sg-0iso' },
      resources: [node('redis-001', 'redis', ['sg-0a'], { 'c7n:matched-security-groups': ['sg-0a'] })],
      calls: [{ input: { ReplicationGroupId: 'redis', SecurityGroupIds: ['sg-0iso'] } }],
    },
  ],
});
