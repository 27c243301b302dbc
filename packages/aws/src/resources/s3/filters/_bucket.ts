/**
 * Shared by the S3 filters that make their own per-bucket calls (not an element itself): the
 * bucket's region, the call loop, and the `{bucket_name}`-style variables of statements.
 */
import type { EvalContext, Resource } from '@c7n-ts/core';
import { type AwsProvider, awsProvider } from '../../../aws-provider.js';
import { errorCode, isServiceError } from '../../../query/errors.js';
import { mapLimit } from '../../../query/pool.js';

/** c7n's get_region: from Location when fetched; no constraint (or no Location) is us-east-1. */
export function bucketRegion(b: Resource): string {
  const c = (b.Location as { LocationConstraint?: unknown } | null | undefined)?.LocationConstraint;
  if (c === 'EU') return 'eu-west-1';
  return typeof c === 'string' && c !== '' ? c : 'us-east-1';
}

/**
 * Runs `fn` for each bucket: one at a time, in order, when replaying (flight files are served
 * by call count), else a few at once as Cloud Custodian's thread pools do.
 */
export async function eachBucket<T>(
  buckets: Resource[],
  ctx: EvalContext,
  workers: number,
  fn: (b: Resource, p: AwsProvider) => Promise<T>,
): Promise<T[]> {
  const p = awsProvider(ctx);
  return mapLimit(buckets, p.clients.ordered ? 1 : workers, (b) => fn(b, p));
}

/**
 * One S3 call for a bucket, in its region (or `region`, for the filters Cloud Custodian runs
 * through the policy region's client); AWS errors come back as their code.
 */
export async function bucketCall(
  p: AwsProvider,
  b: Resource,
  operation: string,
  region: string = bucketRegion(b),
): Promise<{ ok: true; out: Record<string, unknown> } | { ok: false; code: string; error: unknown }> {
  try {
    const out = { ...(await p.send('s3', operation, { Bucket: b.Name }, region)) };
    delete out.$metadata;
    delete out.ResponseMetadata;
    return { ok: true, out };
  } catch (error) {
    // A missing flight file or a bug is no answer about the bucket: it fails the policy.
    if (!isServiceError(error)) throw error;
    return { ok: false, code: errorCode(error) ?? error.name, error };
  }
}

/** Variables of c7n's bucket filters for `{...}` in statements. */
export function formatArgs(b: Resource, ctx: EvalContext): Record<string, string | undefined> {
  return {
    account_id: ctx.accountId,
    region: ctx.region,
    bucket_name: typeof b.Name === 'string' ? b.Name : undefined,
    bucket_region: bucketRegion(b),
  };
}

/**
 * Python's `str.format(**vars)` as c7n applies it to every string of a statement: `{{`/`}}`
 * escape braces, and a string naming an unknown field is left exactly as written.
 */
export function pyFormat(s: string, vars: Record<string, string | undefined>): string {
  let unknown = false;
  const out = s.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (m, name: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    const field = (name ?? '').split(/[:!]/)[0] ?? '';
    const v = vars[field];
    if (v === undefined) unknown = true;
    return v ?? m;
  });
  return unknown ? s : out;
}

/** `pyFormat` over every string of a JSON value. */
export function formatValues(x: unknown, vars: Record<string, string | undefined>): unknown {
  if (typeof x === 'string') return pyFormat(x, vars);
  if (Array.isArray(x)) return x.map((e) => formatValues(e, vars));
  if (x !== null && typeof x === 'object')
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, formatValues(v, vars)]));
  return x;
}

/** Adds a method to `c7n:DeniedMethods`, as Cloud Custodian does for an AccessDenied read. */
export function noteDenied(b: Resource, method: string): void {
  const prior = Array.isArray(b['c7n:DeniedMethods']) ? (b['c7n:DeniedMethods'] as string[]) : [];
  b['c7n:DeniedMethods'] = [...prior, method];
}
