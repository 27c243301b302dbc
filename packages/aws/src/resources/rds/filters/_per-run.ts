/**
 * Reads that rds filters make once per run: Cloud Custodian keeps parameter and option groups
 * in its cache keyed by account, region and group, so a second policy of the run reads nothing.
 */
import type { EvalContext } from '@c7n-ts/core';
import type { AwsProvider } from '../../../aws-provider.js';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

const cache = new WeakMap<AwsProvider, Map<string, Promise<unknown>>>();

/** `read()` once per provider (run), account, region and key; later callers share its promise. */
export function oncePerRun<T>(ctx: EvalContext, key: string, read: () => Promise<T>): Promise<T> {
  const p = providerOf(ctx);
  const byKey = cache.get(p) ?? new Map<string, Promise<unknown>>();
  cache.set(p, byKey);
  const full = `${p.accountId}|${regionOf(ctx, p)}|${key}`;
  let out = byKey.get(full) as Promise<T> | undefined;
  if (!out) {
    out = read();
    byKey.set(full, out);
  }
  return out;
}

/** Every `items` of an rds operation paged with Marker, in the context's region. */
export async function allPages<T>(
  ctx: EvalContext,
  operation: string,
  input: Record<string, unknown>,
  items: string,
): Promise<T[]> {
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  const out: T[] = [];
  let marker: string | undefined;
  do {
    const page = await p.send('rds', operation, { ...input, ...(marker && { Marker: marker }) }, region);
    out.push(...((page[items] ?? []) as T[]));
    marker = typeof page.Marker === 'string' && page.Marker ? page.Marker : undefined;
  } while (marker);
  return out;
}
