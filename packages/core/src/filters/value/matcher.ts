/**
 * The compiled value filter: everything parsed once (key reader, regexes, value sets) so the
 * per-resource test is a few property reads and one comparison.
 */

import { compileJmespath } from './jmespath.js';
import { applyValueRegex, compileKey, compileValueRegex } from './key.js';
import { compare, OPERATORS, type OpFn } from './ops.js';
import { EMPTY_TUPLE, hashKey, Incomparable, isNone, pyEq, pyIn, pyTruthy } from './py.js';
import { globRegex, type Pattern, pyRegex } from './regex.js';
import type { ValueFromOptions } from './value-from.js';
import { processValueType } from './value-types.js';

export interface ValueOptions {
  key?: string;
  value?: unknown;
  op?: string;
  value_type?: string;
  value_regex?: string;
  value_from?: ValueFromOptions;
  value_path?: string;
  default?: unknown;
}

export interface ValueMatcher {
  /** Test one resource (or event) against `v`: the static value or the loaded `value_from`. */
  test(resource: unknown, v: unknown, now: number): boolean;
  /** The static value (after compile-time preparation), when not `value_from`. */
  readonly value: unknown;
}

// Value types after which `v` is still the policy's value, so it may be prepared in advance.
const KEEPS_VALUE = new Set([undefined, 'normalize', 'integer', 'float', 'size', 'unique_size']);

export function compileValueMatcher(opts: ValueOptions): ValueMatcher {
  const vtype = opts.value_type;
  const op = opts.op;
  const valueRe = opts.value_regex === undefined ? undefined : compileValueRegex(opts.value_regex);
  const keyCache = new Map<string, (r: unknown) => unknown>();
  const reader = (key: string): ((r: unknown) => unknown) => {
    let f = keyCache.get(key);
    if (!f) {
      const base = compileKey(key).read;
      f = valueRe ? (r) => applyValueRegex(valueRe, base(r)) : base;
      keyCache.set(key, f);
    }
    return f;
  };
  const readResource = opts.key === undefined ? () => null : reader(opts.key);
  const readPath = opts.value_path === undefined ? undefined : compileJmespath(opts.value_path);
  const hasDefault = Object.hasOwn(opts, 'default');
  const readKey = (key: string, r: unknown) => reader(key)(r);
  const opFn: OpFn | undefined = op === undefined ? undefined : prepareOp(op, opts.value, vtype);

  return {
    value: opts.value,
    test(resource, staticV, now) {
      if (isNone(resource)) return false;
      let r = readResource(resource);
      if (isNone(r) && hasDefault) r = opts.default;
      if ((op === 'in' || op === 'not-in') && isNone(r)) r = EMPTY_TUPLE;
      let v = readPath ? readPath(resource) : staticV;
      if (vtype !== undefined) [v, r] = processValueType(vtype, v, r, { now, resource, readKey });
      if (typeof v === 'string') {
        // The special values, in c7n's order; each falls through to the comparison otherwise.
        if (v === 'absent' && isNone(r)) return true;
        if (v === 'present' && !isNone(r)) return true;
        if (v === 'not-null' && pyTruthy(r)) return true;
        if (v === 'empty' && !pyTruthy(r)) return true;
      } else if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
        // Converted values (versions) may equal a special word, as Python's == allows.
        if (isNone(r) && pyEq(v, 'absent')) return true;
        if (!isNone(r) && pyEq(v, 'present')) return true;
      }
      if (!opFn) return pyEq(r, v);
      try {
        return opFn(r, v);
      } catch (e) {
        if (e instanceof Incomparable) return false;
        throw e;
      }
    },
  };
}

/**
 * An operator specialised for a static value where that is safe: a precompiled regex or glob,
 * or a hash set for `in`/`not-in` against a list of scalars. Falls back to the generic
 * operator whenever the value seen at match time is not the prepared one.
 */
function prepareOp(op: string, value: unknown, vtype: string | undefined): OpFn {
  const generic = OPERATORS[op];
  if (!generic) throw new Error(`unknown operator ${op}`);
  if (!KEEPS_VALUE.has(vtype)) return generic;
  if ((op === 'regex' || op === 'regex-case' || op === 'glob') && typeof value === 'string') {
    let re: Pattern;
    try {
      re =
        op === 'glob' ? globRegex(value) : pyRegex(value, { ignoreCase: op === 'regex', anchorStart: true });
    } catch {
      return generic;
    }
    return (r, v) => (v === value ? typeof r === 'string' && re.test(r) : generic(r, v));
  }
  if ((op === 'in' || op === 'ni' || op === 'not-in') && Array.isArray(value)) {
    const keys = new Set<string>();
    try {
      for (const x of value) keys.add(hashKey(x));
    } catch {
      return generic; // the list holds lists or mappings: compare item by item
    }
    const negate = op !== 'in';
    return (r, v) => {
      if (v !== value) return generic(r, v);
      let found: boolean;
      try {
        found = keys.has(hashKey(r));
      } catch {
        found = pyIn(r, v);
      }
      return negate ? !found : found;
    };
  }
  return generic;
}

/** `resource_count`: the op applied to the number of resources. */
export function countMatches(opts: ValueOptions, resources: readonly unknown[]): boolean {
  return compare(opts.op ?? 'eq', resources.length, opts.value);
}
