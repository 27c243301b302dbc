/** AWS error codes from SDK exceptions. */

/** The service's error code (`NoSuchTagSet`, `AccessDenied`), or undefined for non-AWS errors. */
export function errorCode(e: unknown): string | undefined {
  if (e === null || typeof e !== 'object') return undefined;
  const err = e as { Code?: unknown; name?: unknown; $metadata?: unknown; $fault?: unknown };
  if (typeof err.Code === 'string') return err.Code;
  // SDK service exceptions carry $fault/$metadata; their name is the code.
  if ((err.$fault !== undefined || err.$metadata !== undefined) && typeof err.name === 'string')
    return err.name;
  return undefined;
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
