/**
 * Reading a `key` from a resource as c7n does: `tag:NAME` reads the tag list (or GCP/Azure
 * style label maps), a key that is literally a field of the resource wins over JMESPath
 * (`c7n:MatchedFilters` is not valid JMESPath), anything else is JMESPath. Ours: a key
 * starting with `$` is JSONPath.
 */
import { JSONPath } from 'jsonpath-plus';
import { compileJmespath, ownMember, type Search } from './jmespath.js';
import { isDict } from './py.js';
import { type Pattern, pyRegex } from './regex.js';

/** The value of tag `key` on a resource, or undefined when it has no such tag. */
export function getTag(resource: unknown, key: string): unknown {
  if (!isDict(resource)) return undefined;
  // Own members only: a tag named `constructor` is data, not Object.prototype's.
  if (Object.hasOwn(resource, 'Tags')) {
    const tags = resource.Tags;
    if (!Array.isArray(tags)) return undefined;
    for (const t of tags) if (isDict(t) && t.Key === key) return t.Value;
    return undefined;
  }
  for (const field of ['labels', 'tags']) {
    const m = resource[field];
    if (Object.hasOwn(resource, field)) return isDict(m) ? ownMember(m, key) : undefined;
  }
  return undefined;
}

/** Characters that make a key an expression rather than a plain (if odd) field name. */
const EXPRESSION_CHARS = /[.[\]()|&!=<>*?@`'"{}\s,]/;

export interface CompiledKey {
  read: (resource: unknown) => unknown;
}

/**
 * Compile a key. Throws when it is neither valid JMESPath/JSONPath nor usable as a literal
 * field name; `check` turns that into a Problem.
 */
export function compileKey(key: string): CompiledKey {
  if (key.startsWith('tag:')) {
    const tag = key.slice(4);
    return { read: (r) => getTag(r, tag) };
  }
  if (key.startsWith('$')) return { read: compileJsonPath(key) };
  let search: Search | undefined;
  try {
    search = compileJmespath(key);
  } catch (e) {
    if (EXPRESSION_CHARS.test(key)) throw e;
  }
  return {
    read: (r) => {
      if (isDict(r) && Object.hasOwn(r, key)) return r[key];
      if (!search) return null;
      try {
        return search(r);
      } catch {
        // A JMESPath runtime error (e.g. length(null)) stops a c7n run; here the value is
        // simply unknown and the comparison does not match.
        return null;
      }
    },
  };
}

function compileJsonPath(path: string): (r: unknown) => unknown {
  validateJsonPath(path);
  // A path that can select several nodes yields a list; a definite one yields its node.
  const multi = /\*|\.\.|\?\(|,|:/.test(path);
  return (r) => {
    if (r === null || typeof r !== 'object') return null;
    const out = JSONPath({ path, json: r as object, wrap: true }) as unknown[];
    if (multi) return out;
    return out.length ? out[0] : null;
  };
}

/**
 * jsonpath-plus parses leniently and reports filter-script errors only when a filter runs, so
 * check bracket balance and run each script segment once against an empty item.
 */
function validateJsonPath(path: string): void {
  let depth = 0;
  let quote = '';
  for (const c of path) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    if (depth < 0) break;
  }
  if (depth !== 0 || quote) throw new Error(`unbalanced brackets or quotes in JSONPath ${path}`);
  for (const seg of JSONPath.toPathArray(path))
    if (seg.startsWith('?(') || seg.startsWith('(')) JSONPath({ path: `$[${seg}]`, json: [{}], wrap: true });
}

/** Apply `value_regex`: the first capture group of a match at the start, else None. */
export function applyValueRegex(re: Pattern, v: unknown): unknown {
  if (typeof v !== 'string') return v === null || v === undefined ? v : null;
  const m = re.exec(v);
  return m ? (m[1] ?? null) : null;
}

export function compileValueRegex(pattern: string): Pattern {
  return pyRegex(pattern, { anchorStart: true });
}

const PLAIN_HEAD = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The top-level resource field a key reads (`Versioning.Status` → `Versioning`, `tag:Owner` →
 * `Tags`, `"c7n:Name".x` → `c7n:Name`), or undefined when the key is an expression whose
 * reads cannot be told (JSONPath, functions, multi-selects): then everything is fetched.
 */
export function keyField(key: string): string | undefined {
  if (key.startsWith('tag:')) return 'Tags';
  if (key.startsWith('$')) return undefined;
  if (key.startsWith('"')) {
    const end = key.indexOf('"', 1);
    return end > 1 ? key.slice(1, end) : undefined;
  }
  const head = /^[^.[|]*/.exec(key)?.[0]?.trim() ?? '';
  return PLAIN_HEAD.test(head) ? head : undefined;
}

/** `reads` for filters whose options name one key: that key's field, or "can't tell". */
export function keyReads(key: unknown): readonly string[] | undefined {
  if (typeof key !== 'string') return undefined;
  const f = keyField(key);
  return f === undefined ? undefined : [f];
}
