/** The bucket policy statements `remove-statements` and `set-statements` keep or drop. */
import { type ActionContext, parseJsonData, type Resource } from '@c7n-ts/core';

export type Statement = Record<string, unknown>;

/** Where the `cross-account` filter lists the statements it matched (Cloud Custodian's key). */
const MATCHED = 'CrossAccountViolations';

/** Python's `==` on JSON values: what c7n uses to find a matched statement in the policy. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    return (
      ka.length === Object.keys(b).length &&
      ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

/**
 * The parsed policy, the statements of `policyText` that `ids` (`matched`, `*` or Sids) does not drop, and how many
 * it drops; undefined (with a warning) when the policy is not JSON.
 */
export function keepStatements(
  b: Resource,
  bucket: string,
  policyText: string,
  ids: 'matched' | '*' | readonly string[],
  ctx: Pick<ActionContext, 'log'>,
): { policy: Record<string, unknown>; kept: Statement[]; removed: number } | undefined {
  let policy: Record<string, unknown>;
  try {
    policy = parseJsonData(policyText) as Record<string, unknown>;
  } catch {
    ctx.log?.('warn', `s3: the policy of ${bucket} is not JSON; not changed`);
    return undefined;
  }
  // IAM allows a single statement object instead of a list.
  const statements = ([] as Statement[]).concat(
    (policy.Statement as Statement | Statement[] | undefined) ?? [],
  );
  const matched = Array.isArray(b[MATCHED]) ? (b[MATCHED] as unknown[]) : [];
  const drop = (s: Statement) =>
    ids === '*' ||
    (ids === 'matched' ? matched.some((m) => equal(m, s)) : typeof s.Sid === 'string' && ids.includes(s.Sid));
  const kept = statements.filter((s) => !drop(s));
  return { policy, kept, removed: statements.length - kept.length };
}
