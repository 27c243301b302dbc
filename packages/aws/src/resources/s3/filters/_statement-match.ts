/**
 * Statement matching of Cloud Custodian's has-statement (not an element itself). A required
 * statement matches a policy statement when every one of its keys does: Action and NotAction
 * case-insensitively as sets, other keys as order-free sets (a string equals a one-item list),
 * and keys named in `PartialMatch` by containment: the required items are a subset of the
 * statement's, or for a mapping (Condition, Principal) its keys appear in the statement's.
 */
type Json = unknown;

const isMapping = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Set);

/** A canonical form in which lists and strings are sorted, de-duplicated sets. */
function canon(x: Json): Json {
  if (typeof x === 'string') return { $set: [x] };
  if (Array.isArray(x) || x instanceof Set) {
    const items = [...x].map((e) => (typeof e === 'string' ? e : JSON.stringify(canon(e))));
    return { $set: [...new Set(items)].sort() };
  }
  if (isMapping(x))
    return Object.fromEntries(
      Object.keys(x)
        .sort()
        .map((k) => [k, canon(x[k])]),
    );
  return x;
}

const sameSet = (a: Json, b: Json) => JSON.stringify(canon(a)) === JSON.stringify(canon(b));

const lowerSet = (x: Json): Set<unknown> =>
  new Set((Array.isArray(x) ? x : [x]).map((a) => (typeof a === 'string' ? a.toLowerCase() : a)));

/** c7n's merge_dict: b's keys, plus a's keys b lacks, merging nested mappings. */
function mergeDict(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) {
    if (!Object.hasOwn(b, k)) d[k] = v;
    else if (isMapping(v) && isMapping(b[k])) d[k] = mergeDict(v, b[k] as Record<string, unknown>);
  }
  for (const [k, v] of Object.entries(b)) if (!Object.hasOwn(d, k)) d[k] = v;
  return d;
}

const contains = (container: Json, item: Json): boolean =>
  Array.isArray(container) || container instanceof Set
    ? [...container].some((c) => sameSet(c, item) || c === item)
    : isMapping(container)
      ? typeof item === 'string' && Object.hasOwn(container, item)
      : false;

function partialMatch(key: string, want: Json, stmt: Record<string, unknown>): boolean {
  if (!Object.hasOwn(stmt, key)) return false;
  let have = stmt[key];
  if (typeof have === 'string') have = [have];
  if (Array.isArray(want) || want instanceof Set) return [...want].every((w) => contains(have, w));
  if (isMapping(want)) return isMapping(have) && sameSet(mergeDict(want, have), have);
  return contains(have, want);
}

function statementMatches(required: Record<string, unknown>, stmt: Record<string, unknown>): boolean {
  const { PartialMatch: pm, ...keys } = required;
  const partial = typeof pm === 'string' ? [pm] : Array.isArray(pm) ? pm : [];
  const entries = Object.entries(keys);
  if (!entries.length) return false;
  return entries.every(([k, v]) => {
    let want: Json = v;
    let have: Json = stmt[k];
    if ((k === 'Action' || k === 'NotAction') && Object.hasOwn(stmt, k)) {
      want = lowerSet(v);
      have = lowerSet(have);
    }
    if (partial.includes(k)) return partialMatch(k, want, { ...stmt, [k]: have });
    return Object.hasOwn(stmt, k) && sameSet(want, have);
  });
}

/** Whether every required id is a Sid of the policy and every required statement matches one. */
export function policyHas(
  policy: Record<string, unknown>,
  ids: readonly string[],
  required: readonly Record<string, unknown>[],
): boolean {
  const raw = policy.Statement;
  const stmts = (Array.isArray(raw) ? raw : isMapping(raw) ? [raw] : []).filter(isMapping);
  const sids = new Set(stmts.map((s) => s.Sid));
  if (!ids.every((id) => sids.has(id))) return false;
  return required.every((req) => stmts.some((s) => statementMatches(req, s)));
}

/** The bucket policy document, or undefined when there is none (or it is not JSON). */
export function parsePolicy(p: unknown): Record<string, unknown> | undefined {
  if (typeof p !== 'string') return isMapping(p) ? p : undefined;
  try {
    const doc = JSON.parse(p) as unknown;
    return isMapping(doc) ? doc : undefined;
  } catch {
    return undefined;
  }
}
