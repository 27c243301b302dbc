/** Helpers the s3 actions share: reading through the action's read-only client, page by page. */
import type { ActionContext, PlannedCall, Resource } from '@c7n-ts/core';
import { errorCode } from '../../../query/errors.js';

export function bucketName(b: Resource): string | undefined {
  return typeof b.Name === 'string' && b.Name ? b.Name : undefined;
}

/** The AWS error code of a failed read, else the error's name. */
export function codeOf(e: unknown): string {
  return errorCode(e) ?? (e as { name?: string } | undefined)?.name ?? 'Error';
}

export type Reader = NonNullable<ActionContext['read']>;

/**
 * Every page of a listing, in order. `next` gives the input of the following page from a
 * truncated one (S3's list operations each name their markers differently).
 */
export async function readPages(
  read: Reader,
  operation: string,
  input: Record<string, unknown>,
  next: (page: Record<string, unknown>) => Record<string, unknown> | undefined,
): Promise<Record<string, unknown>[]> {
  const pages: Record<string, unknown>[] = [];
  let request: Record<string, unknown> | undefined = input;
  while (request) {
    const page = ((await read('s3', operation, request)) ?? {}) as Record<string, unknown>;
    pages.push(page);
    request = page.IsTruncated === true ? next(page) : undefined;
  }
  return pages;
}

export function items(page: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const v = page[key];
  return Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
}

/**
 * The region a bucket lives in, from its `Location` (GetBucketLocation): no constraint is
 * us-east-1 and the legacy `EU` is eu-west-1. Undefined when the location was not fetched.
 */
export function bucketRegion(b: Resource): string | undefined {
  const loc = b.Location as { LocationConstraint?: string | null } | undefined;
  if (!loc || typeof loc !== 'object') return undefined;
  const c = loc.LocationConstraint;
  if (!c) return 'us-east-1';
  return c === 'EU' ? 'eu-west-1' : c;
}

/**
 * Sends each call for a bucket to the bucket's own region, so a policy run in one region
 * acts on buckets elsewhere without a redirect round trip.
 */
export function inBucketRegions(calls: PlannedCall[], buckets: readonly Resource[]): PlannedCall[] {
  const regions = new Map<string, string>();
  for (const b of buckets) {
    const name = bucketName(b);
    const region = bucketRegion(b);
    if (name && region) regions.set(name, region);
  }
  return calls.map((c) => {
    const region = typeof c.input.Bucket === 'string' ? regions.get(c.input.Bucket) : undefined;
    return region && !c.region ? { ...c, region } : c;
  });
}
