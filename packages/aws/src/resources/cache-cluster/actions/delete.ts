/**
 * Cloud Custodian's cache-cluster delete: clusters of a replication group are deleted by
 * deleting the group (only when every member cluster is among the matched ones), others one by
 * one; clusters whose group belongs to a global datastore are left alone.
 */
import { defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { snapshotIdentifier } from '../../rds/actions/_instance.js';

/** Memcached and cache.t1 nodes cannot be snapshotted (c7n's _cluster_eligible_for_snapshot). */
export const snapshotEligible = (c: Resource): boolean =>
  c.Engine !== 'memcached' && !String(c.CacheNodeType ?? '').startsWith('cache.t1');

type Read = (service: string, operation: string, input: Record<string, unknown>) => Promise<unknown>;

/** Replication groups of the region, all pages (c7n lists them without augmenting). */
async function replicationGroups(read: Read, input: Record<string, unknown> = {}): Promise<Resource[]> {
  const out: Resource[] = [];
  let marker: string | undefined;
  do {
    const page = (await read('elasticache', 'DescribeReplicationGroups', {
      ...input,
      ...(marker && { Marker: marker }),
    })) as Resource;
    out.push(...((page.ReplicationGroups ?? []) as Resource[]));
    marker = typeof page.Marker === 'string' && page.Marker ? page.Marker : undefined;
  } while (marker);
  return out;
}

export default defineAction({
  type: 'delete',
  resources: ['aws.cache-cluster'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'skip-snapshot': {
        type: 'boolean',
        default: false,
        description:
          'Delete without a final snapshot. Otherwise a final snapshot `Final-<cluster or group>-<YYYY-MM-DD-HH-MM>` (UTC) is taken where ElastiCache allows one (not memcached, not cache.t1 nodes).',
      },
    },
  } as const,
  permissions: [
    'elasticache:DeleteCacheCluster',
    'elasticache:DeleteReplicationGroup',
    'elasticache:DescribeReplicationGroups',
  ],
  doc: {
    summary:
      'Delete cache clusters. As in Cloud Custodian, a cluster of a replication group is deleted with its group (DeleteReplicationGroup, only when every member cluster is matched; otherwise the group is left and its `MemberClusters` noted on the clusters), clusters of a global datastore are skipped, and other clusters are deleted with DeleteCacheCluster.',
    example: '- type: delete\n  skip-snapshot: false',
  },
  reads: () => ['CacheClusterId', 'ReplicationGroupId', 'Engine', 'CacheNodeType'],
  async plan(clusters, opts, ctx) {
    if (clusters.length === 0) return [];
    if (!ctx.read) throw new Error('cache-cluster delete needs read access to list replication groups');
    const read: Read = ctx.read;
    const global = new Set(
      (await replicationGroups(read))
        .filter((g) => (g.GlobalReplicationGroupInfo as Resource | undefined)?.GlobalReplicationGroupId)
        .map((g) => String(g.ReplicationGroupId)),
    );
    const calls: PlannedCall[] = [];
    const groups = new Map<string, Resource[]>();
    for (const c of clusters) {
      const id = String(c.CacheClusterId);
      const group = typeof c.ReplicationGroupId === 'string' ? c.ReplicationGroupId : '';
      if (group && global.has(group)) {
        ctx.log?.('info', `cache-cluster: ${id} is associated with a global datastore; not deleted`);
        continue;
      }
      if (group) {
        groups.set(group, [...(groups.get(group) ?? []), c]);
        continue;
      }
      const input: Record<string, unknown> = { CacheClusterId: id };
      if (snapshotEligible(c) && !opts['skip-snapshot'])
        input.FinalSnapshotIdentifier = snapshotIdentifier('Final', id, ctx.now);
      calls.push({
        service: 'elasticache',
        operation: 'DeleteCacheCluster',
        input,
        resourceIds: [id],
        describe: `delete ${id}${input.FinalSnapshotIdentifier ? ` after final snapshot ${String(input.FinalSnapshotIdentifier)}` : ''}`,
      });
    }
    const matched = new Set(clusters.map((c) => String(c.CacheClusterId)));
    for (const [group, members] of groups) {
      const [rg] = await replicationGroups(read, { ReplicationGroupId: group });
      const all = ((rg?.MemberClusters ?? []) as string[]).map(String);
      if (!all.every((m) => matched.has(m))) {
        for (const c of members) c.MemberClusters = all;
        ctx.log?.(
          'info',
          `cache-cluster: replication group ${group} is not empty: ${all.join(', ')}; not deleted`,
        );
        continue;
      }
      const input: Record<string, unknown> = { ReplicationGroupId: group, RetainPrimaryCluster: false };
      if (!opts['skip-snapshot']) input.FinalSnapshotIdentifier = snapshotIdentifier('Final', group, ctx.now);
      calls.push({
        service: 'elasticache',
        operation: 'DeleteReplicationGroup',
        input,
        resourceIds: members.map((c) => String(c.CacheClusterId)),
        describe: `delete replication group ${group} (${members.map((c) => String(c.CacheClusterId)).join(', ')})`,
      });
    }
    return calls;
  },
});
