/**
 * `value_type` conversions, as c7n's `process_value_type`: each takes the policy's value (the
 * "sentinel") and the resource's value and returns the pair to compare, `[v, r]`, evaluated
 * as `r OP v`. Note the swaps: `age` returns `[date, threshold]`, so `op: gt, value: 30`
 * reads "threshold > date", i.e. older than 30 days; `expiration` does not swap.
 */
import { IPv4Address, IPv4Network, parseCidr } from './cidr.js';
import { ageMs, parseDate } from './dates.js';
import { hashKey, Incomparable, isNone, type PyValue, pyCmp, pyEq, pyIter, pyLen, pyStr } from './py.js';

export const VALUE_TYPES = [
  'age',
  'integer',
  'expiration',
  'normalize',
  'size',
  'cidr',
  'cidr_size',
  'swap',
  'resource_count',
  'expr',
  'unique_size',
  'date',
  'version',
  'float',
] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** Value types whose result is never a string, so pattern operators cannot apply. */
export const NON_STRING_TYPES: ReadonlySet<string> = new Set([
  'age',
  'expiration',
  'integer',
  'float',
  'size',
  'unique_size',
  'cidr',
  'cidr_size',
  'date',
  'version',
  'resource_count',
]);

export interface ValueTypeContext {
  now: number;
  /** Reads a key from the resource (for `expr`). */
  readKey?: (key: string, resource: unknown) => unknown;
  resource: unknown;
}

const INT = /^[+-]?\d+(_\d+)*$/;
const FLOAT = /^[+-]?((\d+(_\d+)*)?\.?\d+(_\d+)*([eE][+-]?\d+)?|(\d+(_\d+)*)\.|inf(inity)?|nan)$/i;

/** Python `int(str(v).strip())`, 0 when that raises ValueError. */
export function toPyInt(v: unknown): number {
  if (typeof v === 'number') return Number.isInteger(v) ? v : 0; // str(5.5) is not an int literal
  const s = pyStr(v).trim();
  return INT.test(s) ? Number.parseInt(s.replace(/_/g, ''), 10) : 0;
}

/** Python `float(str(v).strip())`, 0.0 when that raises ValueError. */
export function toPyFloat(v: unknown): number {
  return pyFloat(typeof v === 'number' ? v : pyStr(v)) ?? 0;
}

/** Python `float(v)` for a number, bool or string; undefined where Python raises. */
export function pyFloat(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (!FLOAT.test(s)) return undefined;
  const l = s.toLowerCase().replace(/_/g, '');
  if (l.endsWith('nan')) return Number.NaN;
  if (l.endsWith('inf') || l.endsWith('infinity')) return l.startsWith('-') ? -Infinity : Infinity;
  return Number(l);
}

/** distutils LooseVersion, made comparable with anything (eq false, ordering TypeError). */
export class LooseVersion implements PyValue {
  readonly parts: (number | string)[];
  constructor(readonly raw: string) {
    this.parts = raw
      .split(/(\d+|[a-z]+|\.)/)
      .filter((x) => x !== '' && x !== '.')
      .map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  }
  pyEq(o: unknown): boolean {
    const other = typeof o === 'string' ? new LooseVersion(o) : o;
    if (!(other instanceof LooseVersion)) return false;
    return pyEq(this.parts, other.parts);
  }
  pyCmp(o: unknown): number {
    const other = typeof o === 'string' ? new LooseVersion(o) : o;
    if (!(other instanceof LooseVersion)) throw new Incomparable();
    // int vs str components raise TypeError in Python 3, as pyCmp does.
    return pyCmp(this.parts, other.parts);
  }
}

function version(v: unknown): unknown {
  if (isNone(v) || v === '') return v;
  return new LooseVersion(pyStr(v));
}

/** Convert `[sentinel, value]` per the value type; returns `[v, r]`. */
export function processValueType(
  vtype: string,
  sentinel: unknown,
  value: unknown,
  ctx: ValueTypeContext,
): [unknown, unknown] {
  switch (vtype) {
    case 'normalize':
      return [sentinel, typeof value === 'string' ? value.trim().toLowerCase() : value];
    case 'expr':
      return [
        typeof sentinel === 'string' && ctx.readKey ? ctx.readKey(sentinel, ctx.resource) : null,
        value,
      ];
    case 'integer':
      return [sentinel, toPyInt(value)];
    case 'float':
      return [sentinel, toPyFloat(value)];
    case 'size':
      return [sentinel, lenOrZero(value, false)];
    case 'unique_size':
      return [sentinel, lenOrZero(value, true)];
    case 'swap':
      return [value, sentinel];
    case 'date':
      return [parseDate(sentinel) ?? null, parseDate(value) ?? null];
    case 'age': {
      const threshold =
        sentinel instanceof Date ? sentinel : new Date(ctx.now - ageMs({ days: Number(sentinel) }));
      // An unparseable resource date becomes 0, which no date orders against (c7n compat).
      return [parseDate(value) ?? 0, threshold];
    }
    case 'expiration': {
      const threshold =
        sentinel instanceof Date ? sentinel : new Date(ctx.now + ageMs({ days: Number(sentinel) }));
      return [threshold, parseDate(value) ?? 0];
    }
    case 'cidr': {
      const s = parseCidr(sentinel);
      const v = parseCidr(value);
      // An address in the policy against a network on the resource: ask "address in network".
      if (s instanceof IPv4Address && v instanceof IPv4Network) return [v, s];
      return [s ?? null, v ?? null];
    }
    case 'cidr_size': {
      const c = parseCidr(value);
      // c7n crashes on a bare address (no prefixlen); an address is a /32.
      if (c instanceof IPv4Network) return [sentinel, c.prefixlen];
      return [sentinel, c instanceof IPv4Address ? 32 : 0];
    }
    case 'version':
      return [version(sentinel), version(value)];
    default:
      return [sentinel, value];
  }
}

function lenOrZero(v: unknown, unique: boolean): number {
  try {
    return unique ? new Set(pyIter(v).map(hashKey)).size : pyLen(v);
  } catch (e) {
    if (e instanceof Incomparable) return 0;
    throw e;
  }
}
