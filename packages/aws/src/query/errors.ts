/** AWS error codes from SDK exceptions. */

/**
 * True for an error AWS answered with: the SDK's ServiceException (modeled subclasses and
 * replayed ones included), named after the code, with `$fault` and the response's HTTP status.
 * Filters and actions may read such an error as "this resource has none" or "denied"; anything
 * else (a missing flight file, a network failure, a bug) must propagate and fail the policy.
 * `$metadata` alone proves nothing: the SDK's retry step adds `{attempts, totalRetryDelay}` to
 * every error it lets through, ours included.
 */
export function isServiceError(e: unknown): e is ServiceErrorLike {
  if (e === null || typeof e !== 'object') return false;
  const err = e as { name?: unknown; $metadata?: { httpStatusCode?: unknown }; $fault?: unknown };
  if (typeof err.name !== 'string') return false;
  return (
    err.$fault === 'client' || err.$fault === 'server' || typeof err.$metadata?.httpStatusCode === 'number'
  );
}

export interface ServiceErrorLike {
  name: string;
  message?: string;
  Code?: unknown;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
}

/** The service's error code (`NoSuchTagSet`, `AccessDenied`), or undefined for non-AWS errors. */
export function errorCode(e: unknown): string | undefined {
  if (!isServiceError(e)) return undefined;
  // Some S3 errors keep the wire code in Code; the name is the code otherwise.
  return typeof e.Code === 'string' ? e.Code : e.name;
}

export function matchesCode(
  code: string,
  spec: { codes?: readonly string[]; prefixes?: readonly string[]; contains?: readonly string[] },
): boolean {
  return (
    (spec.codes ?? []).includes(code) ||
    (spec.prefixes ?? []).some((p) => code.startsWith(p)) ||
    (spec.contains ?? []).some((c) => code.includes(c))
  );
}
