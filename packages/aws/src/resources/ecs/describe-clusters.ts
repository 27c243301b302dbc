import type { Resource } from '@c7n-ts/core';
import type { SendFn } from '../types.js';

/** ECS's `{key, value}` tags as the `{Key, Value}` pairs every tag filter reads (c7n's ecs_tag_normalize). */
export function normalizeEcsTags(resource: Resource): Resource {
  if (!Array.isArray(resource.tags)) return resource;
  const { tags, ...rest } = resource;
  return {
    ...rest,
    Tags: (tags as { key?: unknown; value?: unknown }[]).map((t) => ({ Key: t.key, Value: t.value })),
  };
}

/**
 * Cloud Custodian's batch detail of ECS clusters: ListClusters gives ARNs only, so DescribeClusters
 * (20 ARNs a call, c7n's chunk size) with its `include` list gives the clusters, tags normalized.
 */
export async function describeClusters(listed: Resource[], send: SendFn): Promise<Resource[]> {
  const out: Resource[] = [];
  for (let i = 0; i < listed.length; i += 20) {
    const arns = listed.slice(i, i + 20).map((c) => c.clusterArn);
    const answer = await send('DescribeClusters', {
      clusters: arns,
      include: ['TAGS', 'SETTINGS', 'CONFIGURATIONS'],
    });
    out.push(...((answer.clusters ?? []) as Resource[]).map(normalizeEcsTags));
  }
  return out;
}
