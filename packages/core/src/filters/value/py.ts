/**
 * Python comparison semantics for JSON-like values. Cloud Custodian's value filter applies
 * Python operators to whatever JMESPath returned, and policies depend on the results:
 * `1 == 1.0`, `True == 1`, `'5' != 5`, `None < 1` raises (so the filter does not match),
 * `'a' in 'cat'` is a substring test.
 *
 * Model: null/undefined = None, boolean and number = bool/int/float, string = str, array =
 * list, plain object = dict, `Date` = aware datetime, `EMPTY_TUPLE` = `()`, `PySet` = set.
 * Richer values (IP networks, versions) implement `PyValue`. Where Python raises TypeError
 * these helpers throw `Incomparable`, which the operators turn into "does not match".
 */
import { isPlainData } from '../../data/json.js';

/** Thrown where Python raises TypeError (or another "cannot compare" error). */
export class Incomparable extends Error {
  override name = 'Incomparable';
}

/** Protocol for values with their own Python semantics (IP addresses, versions). */
export interface PyValue {
  pyEq(other: unknown): boolean;
  /** Negative, zero or positive; throws Incomparable where Python raises TypeError. */
  pyCmp?(other: unknown): number;
  /** Hash key; absent when the Python type is unhashable. */
  pyHash?(): string;
  /** `item in this`; absent when the Python type is not a container. */
  pyContains?(item: unknown): boolean;
  /** `bool(this)`; absent means always truthy. */
  pyTruthy?(): boolean;
  /** `str(this)`. */
  pyStr?(): string;
}

export function isPyValue(x: unknown): x is PyValue {
  return typeof x === 'object' && x !== null && typeof (x as PyValue).pyEq === 'function';
}

/** None: null or undefined (a missing key). */
export function isNone(x: unknown): x is null | undefined {
  return x === null || x === undefined;
}

/** A plain JSON object (Python dict). */
export function isDict(x: unknown): x is Record<string, unknown> {
  return isPlainData(x);
}

/** `()`: what c7n substitutes for a missing value under `in`/`not-in`. Equal only to itself. */
export const EMPTY_TUPLE: unique symbol = Symbol('()');

/** Hash key of a hashable value (`1`, `1.0` and `True` share one); throws for list/dict/set. */
export function hashKey(x: unknown): string {
  if (isNone(x)) return 'N';
  switch (typeof x) {
    case 'boolean':
      return x ? 'n1' : 'n0';
    case 'number':
      return x === 0 ? 'n0' : `n${x}`;
    case 'string':
      return `s${x}`;
  }
  if (x === EMPTY_TUPLE) return 't';
  if (x instanceof Date) return `d${x.getTime()}`;
  if (isPyValue(x) && x.pyHash) return x.pyHash();
  throw new Incomparable('unhashable type');
}

/** Python `set`, as `value_from` produces. Throws Incomparable for unhashable members. */
export class PySet {
  private readonly byKey = new Map<string, unknown>();

  constructor(items: Iterable<unknown> = []) {
    for (const item of items) {
      const k = hashKey(item);
      if (!this.byKey.has(k)) this.byKey.set(k, item);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  has(item: unknown): boolean {
    return this.byKey.has(hashKey(item));
  }

  values(): unknown[] {
    return [...this.byKey.values()];
  }
}

/** Python `==`. Never throws. */
export function pyEq(a: unknown, b: unknown): boolean {
  if (isNone(a) || isNone(b)) return isNone(a) && isNone(b);
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'number' || ta === 'boolean') && (tb === 'number' || tb === 'boolean')) {
    return Number(a) === Number(b);
  }
  if (ta === 'string' || tb === 'string') return a === b;
  if (a === EMPTY_TUPLE || b === EMPTY_TUPLE) return a === b;
  if (ta !== 'object' || tb !== 'object') return false;
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  if (isPyValue(a)) return a.pyEq(b);
  if (isPyValue(b)) return b.pyEq(a);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!pyEq(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof PySet) {
    if (!(b instanceof PySet) || a.size !== b.size) return false;
    return a.values().every((v) => b.has(v));
  }
  if (isDict(a) && isDict(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if (!Object.hasOwn(b, k) || !pyEq(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** Strings by code point, as Python orders them (JS `<` compares UTF-16 units). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) {
      // A surrogate (astral code point) sorts after every other BMP unit in code point order.
      const sa = ca >= 0xd800 && ca <= 0xdfff;
      const sb = cb >= 0xd800 && cb <= 0xdfff;
      if (sa !== sb) return sa ? 1 : -1;
      return ca - cb;
    }
  }
  return a.length - b.length;
}

/**
 * Python ordering of `a` against `b`: negative, zero or positive; NaN when a float NaN is
 * involved (every ordering test is then false). Throws Incomparable for mixed types, None,
 * dicts and sets.
 */
export function pyCmp(a: unknown, b: unknown): number {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'number' || ta === 'boolean') && (tb === 'number' || tb === 'boolean')) {
    const x = Number(a);
    const y = Number(b);
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN;
  }
  if (ta === 'string' && tb === 'string') return compareStrings(a as string, b as string);
  if (isNone(a) || isNone(b)) throw new Incomparable("'<' not supported with None");
  if (a === EMPTY_TUPLE || b === EMPTY_TUPLE) {
    if (a === b) return 0;
    throw new Incomparable("'<' not supported between tuple and another type");
  }
  if (a instanceof Date) {
    if (b instanceof Date) return a.getTime() - b.getTime();
    throw new Incomparable("'<' not supported between datetime and another type");
  }
  if (isPyValue(a) && a.pyCmp) return a.pyCmp(b);
  if (isPyValue(b) && b.pyCmp) return -b.pyCmp(a);
  if (Array.isArray(a) && Array.isArray(b)) {
    // Python: the first unequal pair decides; equal prefixes compare by length.
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (!pyEq(a[i], b[i])) return pyCmp(a[i], b[i]);
    return a.length - b.length;
  }
  throw new Incomparable("'<' not supported between these types");
}

/** Python `bool(x)`. */
export function pyTruthy(x: unknown): boolean {
  if (isNone(x)) return false;
  switch (typeof x) {
    case 'boolean':
      return x;
    case 'number':
      return x !== 0; // NaN is truthy in Python
    case 'string':
      return x.length > 0;
  }
  if (x === EMPTY_TUPLE) return false;
  if (Array.isArray(x)) return x.length > 0;
  if (x instanceof PySet) return x.size > 0;
  if (isPyValue(x)) return x.pyTruthy ? x.pyTruthy() : true;
  if (isDict(x)) return Object.keys(x).length > 0;
  return true;
}

/** Python `item in container`; throws Incomparable where Python raises TypeError. */
export function pyIn(item: unknown, container: unknown): boolean {
  if (Array.isArray(container)) {
    for (const el of container) if (pyEq(item, el)) return true;
    return false;
  }
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw new Incomparable("'in <string>' requires string as left operand");
    return container.includes(item);
  }
  if (container === EMPTY_TUPLE) return false;
  if (container instanceof PySet) return container.has(item);
  if (isPyValue(container)) {
    if (!container.pyContains) throw new Incomparable('argument is not iterable');
    return container.pyContains(item);
  }
  if (isDict(container)) {
    hashKey(item); // a dict lookup hashes the key first, so lists and dicts raise
    return typeof item === 'string' && Object.hasOwn(container, item);
  }
  throw new Incomparable('argument is not iterable');
}

/** `list(iter(x))`: list items, string characters, dict keys, set members. */
export function pyIter(x: unknown): unknown[] {
  if (Array.isArray(x)) return x;
  if (typeof x === 'string') return [...x];
  if (x === EMPTY_TUPLE) return [];
  if (x instanceof PySet) return x.values();
  if (isDict(x)) return Object.keys(x);
  throw new Incomparable('object is not iterable');
}

/** Python `len(x)`; throws Incomparable where it raises TypeError. */
export function pyLen(x: unknown): number {
  if (typeof x === 'string') return [...x].length;
  if (Array.isArray(x)) return x.length;
  if (x === EMPTY_TUPLE) return 0;
  if (x instanceof PySet) return x.size;
  if (isDict(x)) return Object.keys(x).length;
  throw new Incomparable('object has no len()');
}

/** Python `str(x)` for the values a resource holds. */
export function pyStr(x: unknown): string {
  if (isNone(x)) return 'None';
  switch (typeof x) {
    case 'boolean':
      return x ? 'True' : 'False';
    case 'number':
      return numberStr(x);
    case 'string':
      return x;
  }
  if (x instanceof Date) return dateStr(x);
  if (isPyValue(x) && x.pyStr) return x.pyStr();
  return pyRepr(x);
}

function numberStr(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  // JSON cannot tell 1 from 1.0, so integral numbers print as ints.
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n);
  return String(n).replace(/e([+-])(\d)$/, 'e$10$2');
}

function dateStr(d: Date): string {
  const iso = d.toISOString();
  const ms = d.getUTCMilliseconds();
  const base = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  return `${ms ? `${base}.${String(ms * 1000).padStart(6, '0')}` : base}+00:00`;
}

function pyRepr(x: unknown): string {
  if (typeof x === 'string') return `'${x.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (x === EMPTY_TUPLE) return '()';
  if (Array.isArray(x)) return `[${x.map(pyRepr).join(', ')}]`;
  if (x instanceof PySet) return x.size ? `{${x.values().map(pyRepr).join(', ')}}` : 'set()';
  if (isDict(x))
    return `{${Object.entries(x)
      .map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`)
      .join(', ')}}`;
  return pyStr(x);
}
