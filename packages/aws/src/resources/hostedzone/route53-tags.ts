/**
 * Cloud Custodian's Route 53 tag augment (`_describe_route53_tags`), shared by the zone types:
 * ListTagsForResources by bare id (the part after the last `/`), 10 ids a call, each tag set
 * given back by `ResourceId`. Resources the answer does not name keep no `Tags`.
 */
import type { Resource } from '@c7n-ts/core';
import type { SendFn } from '../types.js';

const BATCH = 10;

export const bareId = (id: unknown): string => String(id).split('/').pop() ?? '';

export async function route53Tags(
  resources: Resource[],
  send: SendFn,
  resourceType: string,
  idField: string,
): Promise<void> {
  const byId = new Map<string, Resource>();
  for (const r of resources) byId.set(bareId(r[idField]), r);
  const ids = [...byId.keys()];
  for (let i = 0; i < ids.length; i += BATCH) {
    const out = await send('ListTagsForResources', {
      ResourceType: resourceType,
      ResourceIds: ids.slice(i, i + BATCH),
    });
    for (const set of (out.ResourceTagSets ?? []) as Record<string, unknown>[]) {
      const r = typeof set.ResourceId === 'string' ? byId.get(set.ResourceId) : undefined;
      if (r) r.Tags = set.Tags ?? [];
    }
  }
}
