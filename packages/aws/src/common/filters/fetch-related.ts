/**
 * Fetching the resources a filter relates to, with Cloud Custodian's resource-manager
 * semantics: `get_resources(ids)` makes no call for no ids and answers `[]` (with a warning)
 * when AWS rejects the ids; `resources()` lists the whole type once per run.
 */
import type { EvalContext, Resource } from '@c7n-ts/core';
// Type-only: provider.ts imports the registry, which imports these filters.
import type { AwsProvider } from '../../aws-provider.js';
import { errorCode, isServiceError } from '../../query/errors.js';
import { fetchResources } from '../../query/fetch.js';
import type { AwsResourceType } from '../../resources/types.js';
import { fallbackTypes } from './related-types.js';

/** Below this many distinct ids c7n fetches them by id; from it on, it lists the whole type. */
export const FETCH_THRESHOLD = 10;

export function providerOf(ctx: EvalContext): AwsProvider {
  const p = ctx.provider as AwsProvider | undefined;
  if (p?.name !== 'aws') throw new Error('this filter needs the AWS provider');
  return p;
}

export function regionOf(ctx: EvalContext, p: AwsProvider): string {
  return ctx.region ?? p.regions[0] ?? p.clients.defaultRegion;
}

/** Full listings of types the registry lacks, once per provider (run) and region. */
const fallbackListings = new WeakMap<AwsProvider, Map<string, Promise<Resource[]>>>();

function fallbackType(p: AwsProvider, type: string): AwsResourceType | undefined {
  return p.registry.resource(type) ? undefined : fallbackTypes.get(type);
}

/** Every resource of `type` in the context's region; fetched once per run. */
export function listRelated(ctx: EvalContext, type: string): Promise<Resource[]> {
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  const rt = fallbackType(p, type);
  if (!rt) return p.related(type, region);
  const byKey = fallbackListings.get(p) ?? new Map<string, Promise<Resource[]>>();
  fallbackListings.set(p, byKey);
  const listing = byKey.get(region) ?? fetchResources(rt, { clients: p.clients, region });
  byKey.set(region, listing);
  return listing;
}

/**
 * Resources of `type` by id (c7n's `get_resources`): no call for no ids; an AWS error (an id
 * that no longer exists) is logged and yields no resources, as in Cloud Custodian.
 */
export async function getRelatedByIds(
  ctx: EvalContext,
  type: string,
  ids: readonly string[],
): Promise<Resource[]> {
  if (ids.length === 0) return [];
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  const rt = fallbackType(p, type);
  try {
    return rt
      ? await fetchResources(rt, { clients: p.clients, region, ids })
      : await p.related(type, region, ids);
  } catch (e) {
    if (!isServiceError(e)) throw e;
    const code = errorCode(e);
    ctx.log?.('warn', `${type} ids not resolved: ${ids.join(', ')}: ${code}`, { ids: [...ids], code });
    return [];
  }
}

/**
 * The related resources for a set of ids, keyed by id (c7n's `RelatedResourceFilter.get_related`):
 * by id below `threshold` (FETCH_THRESHOLD unless the filter sets its own, as c7n's `FetchThreshold`)
 * distinct ids, else the whole (run-cached) listing.
 */
export async function relatedById(
  ctx: EvalContext,
  type: string,
  idField: string,
  ids: readonly string[],
  threshold = FETCH_THRESHOLD,
): Promise<Map<string, Resource>> {
  const wanted = new Set(ids);
  const found =
    wanted.size < threshold ? await getRelatedByIds(ctx, type, [...wanted]) : await listRelated(ctx, type);
  const out = new Map<string, Resource>();
  for (const r of found) {
    const id = r[idField];
    if (typeof id === 'string' && wanted.has(id)) out.set(id, r);
  }
  return out;
}

/** The id field of a related type (the registry's, else the fallback declaration's). */
export function idFieldOf(ctx: EvalContext, type: string): string {
  const p = providerOf(ctx);
  const rt = p.registry.resource(type) ?? fallbackTypes.get(type);
  if (!rt) throw new Error(`unknown resource type ${type}`);
  return rt.id;
}
