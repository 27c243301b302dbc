/**
 * JSON from outside (API answers, flight files, events, cache and output files) as data.
 * `JSON.parse` already keeps a `"__proto__"` member as an own property, but the object still
 * inherits `constructor`, `toString`, ...; and any later copy by assignment (`out[k] = v`,
 * `Object.assign`) turns that member into the copy's prototype. Null-prototype objects have
 * neither problem: every member read is one the data carries.
 */
import { asDataTimestamp } from './timestamp.js';

/**
 * The prototype of every data object: empty, frozen, and itself without a prototype, so a data
 * object inherits nothing (`constructor`, `toString`, the `__proto__` accessor). Objects made
 * with `Object.create(null)` would do as well, but V8 keeps those as hash tables: twice the
 * memory and half the speed of reads on a large inventory. Objects built by a constructor whose
 * prototype is this get V8's fast shapes.
 */
const DATA_PROTO: object = Object.freeze(Object.create(null));

function DataRecord(this: unknown): void {}
DataRecord.prototype = DATA_PROTO;

/** An empty data object: `o[k] = v` stores `__proto__` like any other key. */
export function dataObject(): Record<string, unknown> {
  return new (DataRecord as unknown as new () => Record<string, unknown>)();
}

/** A plain JSON object: `{}`-made, null-prototype, or a data object. */
export function isPlainData(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null || proto === DATA_PROTO;
}

/**
 * Makes `obj` a data object in place: its prototype becomes the data prototype. V8 keeps the
 * object's fast shape (the prototype change is a map transition), where copying its members
 * into a `dataObject()` one by one would not: keyed stores of more than a dozen or so members
 * turn an object into a hash table (an EC2 instance's 40 members took twice the memory and
 * twice the time to build, issue 17). `obj` must be a plain object no one else holds.
 */
export function adoptObject<T extends object>(obj: T): T {
  return Object.setPrototypeOf(obj, DATA_PROTO) as T;
}

/**
 * A shallow copy of a data object, itself a data object: a policy's own copy of a shared
 * resource, which its filters and actions annotate. An object literal naming the prototype
 * keeps V8's fast shape and the size of a plain spread (`{...obj}`, whose copy would inherit
 * Object.prototype's members); members copied into a `dataObject()` made a hash table.
 */
export function copyData<T extends object>(obj: T): T {
  return { __proto__: DATA_PROTO, ...obj } as T;
}

/**
 * `copyData(obj)` with `key` set to `value`, made in one object literal: a member added to a
 * copy afterwards no longer fits in it and takes a property store of its own (1.8 KB against
 * 0.7 KB allocated for a copy of a 56-member object).
 */
export function copyDataWith<T extends object>(obj: T, key: string, value: unknown): T {
  return { __proto__: DATA_PROTO, ...obj, [key]: value } as T;
}

/**
 * A freshly parsed JSON tree (or an SDK answer) as data, in place: every plain object gets the
 * data prototype (arrays stay arrays), and every Date becomes a DataTimestamp, written as Cloud
 * Custodian writes it. Objects of other classes are left as they are.
 */
export function adoptData(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (v !== null && typeof v === 'object') value[i] = adoptData(v);
    }
    return value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return asDataTimestamp(value);
  const obj = value as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (typeof v === 'string') {
      const same = repeatedValue(k, v);
      if (same !== undefined) obj[k] = same;
    } else if (v !== null && typeof v === 'object') obj[k] = adoptData(v);
  }
  return adoptObject(value);
}

/**
 * The string already met for `value` under the member name `member`, to store instead of
 * `value`; undefined when there is none (issue 17). A listing repeats many values: in every
 * resource (the account id, a tag key, an image, a boot mode) and within one (an EC2 instance's
 * subnet and security groups again under its network interface). A parser makes a string for
 * each (`JSON.parse` all but the short ones, up to 10 characters, which V8 shares itself); a
 * kept EC2 instance held 0.5 KB of such copies, 4-8 MB of the medium bench account's peak.
 *
 * Each member name keeps the first distinct values it met, up to a few hundred: enough for the
 * security groups, subnets and owners of an account (the medium bench account's instances name
 * 120 groups 37,000 times; 16 values a member kept 34,000 copies of them alive). A member whose
 * values are mostly distinct (an id, a name) soon stops being looked at, so the cost stays a few
 * milliseconds per listing. The strings are equal: only memory can tell.
 */
export function repeatedValue(member: string, value: string): string | undefined {
  let seen = SEEN.get(member);
  if (seen === undefined) {
    // Member names come from the data (a tag map's keys): their number is bounded too.
    if (SEEN.size >= REPEATED_MEMBERS) return undefined;
    seen = { values: new Map(), hits: 0, misses: 0 };
    SEEN.set(member, seen);
  }
  const { values } = seen;
  if (values === undefined || value.length > REPEATED_MAX) return undefined;
  const kept = values.get(value);
  if (kept !== undefined) {
    seen.hits++;
    return kept;
  }
  if (values.size < REPEATED_VALUES) values.set(value, value);
  if (++seen.misses > REPEATED_VALUES && seen.misses > seen.hits) seen.values = undefined;
  return undefined;
}

/** Longer values are not looked at. */
const REPEATED_MAX = 128;
/** Distinct values kept per member name; a member with more misses than that, and than hits, is left alone. */
const REPEATED_VALUES = 256;
/** Member names looked at, at the most, for the life of the process. */
const REPEATED_MEMBERS = 4096;
const SEEN = new Map<string, { values: Map<string, string> | undefined; hits: number; misses: number }>();

/**
 * `JSON.parse` building null-prototype objects. `reviver` runs as JSON.parse's own would (the
 * cache uses it for dates); the plain objects it returns become data objects too.
 */
export function parseJsonData(text: string, reviver?: (key: string, value: unknown) => unknown): unknown {
  // JSON.parse defines a "__proto__" member as an own property; adoption keeps it one.
  return adoptData(reviver ? JSON.parse(text, reviver) : JSON.parse(text));
}

/** Copy a decoded value tree into null-prototype objects (arrays and non-plain values kept). */
export function toDataObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toDataObjects);
  if (value === null || typeof value !== 'object') return value;
  if (!isPlainData(value)) return value;
  const out = dataObject();
  for (const k of Object.keys(value)) out[k] = toDataObjects((value as Record<string, unknown>)[k]);
  return out;
}
