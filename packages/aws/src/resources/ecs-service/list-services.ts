import type { Resource } from '@c7n-ts/core';
import { normalizeEcsTags } from '../ecs/describe-clusters.js';
import type { ListHook, SendFn } from '../types.js';

async function pages(send: SendFn, operation: string, input: Record<string, unknown>, items: string) {
  const out: unknown[] = [];
  let token: unknown;
  do {
    const page = await send(operation, token === undefined ? input : { ...input, nextToken: token });
    out.push(...((page[items] ?? []) as unknown[]));
    token = page.nextToken || undefined;
  } while (token !== undefined);
  return out;
}

/**
 * ECS services are children of clusters, as in Cloud Custodian: ListClusters (the clusters
 * undescribed), ListServices for every cluster, then DescribeServices per cluster with services,
 * 10 a call (the API's limit) with their tags, normalized to `Tags`.
 */
export const listServices: ListHook = async ({ send }) => {
  const clusters = await pages(send, 'ListClusters', {}, 'clusterArns');
  const byCluster: [unknown, unknown[]][] = [];
  for (const cluster of clusters) {
    const arns = await pages(send, 'ListServices', { cluster }, 'serviceArns');
    if (arns.length) byCluster.push([cluster, arns]);
  }
  const out: Resource[] = [];
  for (const [cluster, arns] of byCluster) {
    for (let i = 0; i < arns.length; i += 10) {
      const answer = await send('DescribeServices', {
        cluster,
        include: ['TAGS'],
        services: arns.slice(i, i + 10),
      });
      out.push(...((answer.services ?? []) as Resource[]).map(normalizeEcsTags));
    }
  }
  return out;
};
