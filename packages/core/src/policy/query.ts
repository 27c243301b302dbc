/**
 * A policy's `query:` block, read the way Cloud Custodian reads it for the policy's resource
 * type. The same reading checks the policy at validation (with located problems) and builds the
 * list call's input at run time, so the two never disagree.
 *
 * Cloud Custodian reads `query:` in one of three ways, or not at all:
 * - `parser` (EC2, EBS, snapshots, ElastiCache, IAM policies): its QueryParser. Entries are
 *   one-key mappings from a fixed schema; filter names may stand alone (`{instance-id: i-1}`) or
 *   sit under `Filters`; a bad key, value or type fails the policy;
 * - `params` (AMIs, RDS, Elasticsearch, WAFv2): entries are merged in order, last wins, into the
 *   list call's parameters; a key the call does not take fails (botocore's parameter check);
 * - `options` (S3's `augment-keys`): named entries select behaviour; others have no effect;
 * - no spec: the type's listing ignores the block. It is then reported as a warning and ignored
 *   here too, so the policy matches what it matches under Cloud Custodian.
 */
import { didYouMean } from '../diagnostics/suggest.js';
import { parseDate } from '../filters/value/dates.js';

/** The kind of one query value: a scalar type, or the allowed strings. */
export type QueryValue = 'string' | 'integer' | 'boolean' | 'date' | 'any' | readonly string[];

export type QuerySpec =
  | {
      kind: 'parser';
      /** Cloud Custodian's name for the type in its messages (`EC2`, `EBS Volume`). */
      label: string;
      /** Keys an entry may have besides `Filters`. */
      params: Readonly<Record<string, QueryValue>>;
      /** Filter names, under `Filters` or standing alone (`tag:KEY` is always allowed). */
      filters?: Readonly<Record<string, QueryValue>>;
      /** Keys whose value is one scalar, even where values are lists (`MaxResults`). */
      single?: readonly string[];
      /** False: every value is one scalar (IAM policies, ElastiCache). Default true. */
      multi?: boolean;
      /** `{Name, Value}` entries stand for `{Name: Value}`; `{Name, Values}` for filters. */
      shorthand?: 'name-value' | 'name-values';
    }
  | { kind: 'params'; label: string; params: Readonly<Record<string, QueryValue>> }
  | { kind: 'options'; label: string; params: Readonly<Record<string, QueryValue>> };

export interface QueryProblem {
  message: string;
  /** Inside the `query` list: `[index]` or `[index, key]`, or `[]` for the block. */
  path: (string | number)[];
  severity: 'error' | 'warning';
}

export interface ReadQuery {
  /** Parameters for the list call (before the type's own defaults). */
  input: Record<string, unknown>;
  problems: QueryProblem[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `query` (the policy's block, any shape) for a type declared with `spec`. */
export function readQuery(spec: QuerySpec | undefined, query: unknown, type: string): ReadQuery {
  const problems: QueryProblem[] = [];
  if (query === undefined || query === null) return { input: {}, problems };
  if (!Array.isArray(query) || (query.length > 0 && !query.every(isRecord))) {
    problems.push({ message: 'query must be a list of mappings', path: [], severity: 'error' });
    return { input: {}, problems };
  }
  const entries = query as Record<string, unknown>[];
  if (entries.length === 0) return { input: {}, problems };
  if (!spec) {
    problems.push({
      message: `query has no effect on ${type}: Cloud Custodian lists this type without reading it, and so does c7n-ts`,
      path: [],
      severity: 'warning',
    });
    return { input: {}, problems };
  }
  if (spec.kind === 'parser') return readParser(spec, entries);
  const input: Record<string, unknown> = {};
  entries.forEach((entry, i) => {
    for (const [key, value] of Object.entries(entry)) {
      const kind = Object.hasOwn(spec.params, key) ? spec.params[key] : undefined;
      if (kind === undefined) {
        problems.push({
          message: `${spec.label} query key "${key}" is not one of ${Object.keys(spec.params).join(', ')}${suggest(key, Object.keys(spec.params))}`,
          path: [i, key],
          severity: spec.kind === 'params' ? 'error' : 'warning',
        });
        continue;
      }
      const bad = typeProblem(spec.label, kind, value, spec.kind === 'params');
      if (bad) problems.push({ message: bad, path: [i, key], severity: 'error' });
      input[key] = value;
    }
  });
  return { input, problems };
}

type ParserSpec = Extract<QuerySpec, { kind: 'parser' }>;

function readParser(spec: ParserSpec, given: Record<string, unknown>[]): ReadQuery {
  const problems: QueryProblem[] = [];
  const fail = (message: string, path: (string | number)[]) => {
    problems.push({ message, path, severity: 'error' });
  };
  const multi = spec.multi ?? true;
  const single = new Set(spec.single ?? []);
  const filterNames = spec.filters ? Object.keys(spec.filters) : [];
  const keys = [...Object.keys(spec.params), ...(spec.filters ? ['Filters'] : [])];

  // Filter names standing alone, or `{Name, Values}` shorthand: every entry is one filter, and
  // together they make one `Filters` parameter (Cloud Custodian rewrites them so).
  const first = Object.keys(given[0] ?? {})[0];
  const implicit =
    first !== undefined &&
    spec.filters !== undefined &&
    !Object.hasOwn(spec.params, first) &&
    first !== 'Filters' &&
    (Object.hasOwn(spec.filters, first) || first.startsWith('tag:'));
  if (implicit || (spec.shorthand === 'name-values' && truthy(given[0]?.Values))) {
    const filters = given.map((entry, at) => {
      if (!implicit) return { filter: entry as unknown, path: [at] };
      const [name, values] = Object.entries(entry)[0] ?? ['', []];
      return {
        filter: { Name: name, Values: Array.isArray(values) ? values : [values] } as unknown,
        path: [at, name],
      };
    });
    return { input: { Filters: readFilters(spec, filters, fail) }, problems };
  }
  let entries: { entry: Record<string, unknown>; at: number }[] = given.map((entry, at) => ({ entry, at }));
  if (spec.shorthand === 'name-value' && truthy(given[0]?.Value)) {
    entries = [];
    given.forEach((entry, at) => {
      if (!('Name' in entry) || !('Value' in entry)) {
        fail(`${spec.label} query entries must all be {Name, Value} pairs (Name one of ${keys.join(', ')})`, [
          at,
        ]);
        return;
      }
      entries.push({ entry: { [String(entry.Name)]: entry.Value }, at });
    });
  }

  const input: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const { entry, at } of entries) {
    const pairs = Object.entries(entry);
    if (pairs.length !== 1) {
      fail(`${spec.label} query entries must each have one key, one of ${keys.join(', ')}`, [at]);
      continue;
    }
    const [key, raw] = pairs[0] as [string, unknown];
    if (key === 'Filters' && truthy(raw)) {
      // Repeated `Filters` entries replace each other, as Cloud Custodian's dict update does.
      if (!Array.isArray(raw))
        fail(`${spec.label} query Filters must be a list of {Name, Values}`, [at, key]);
      else
        input.Filters = readFilters(
          spec,
          raw.map((filter) => ({ filter, path: [at, key] })),
          fail,
        );
      continue;
    }
    const scalar = !multi || single.has(key);
    if (scalar && Array.isArray(raw)) {
      fail(`${spec.label} query value for ${key} must be one value, not a list`, [at, key]);
      continue;
    }
    if (!keys.includes(key)) {
      const hint = filterNames.includes(key)
        ? `; "${key}" is a filter name: put it under Filters, or write only filter names`
        : suggest(key, [...keys, ...filterNames]);
      fail(`${spec.label} query key "${key}" is not one of ${keys.join(', ')}${hint}`, [at, key]);
      continue;
    }
    const kind: QueryValue = key === 'Filters' ? 'any' : (spec.params[key] as QueryValue);
    const values = scalar ? [raw] : Array.isArray(raw) ? raw : [raw];
    const bad = values.map((v) => typeProblem(spec.label, kind, v)).find(Boolean);
    if (bad) {
      fail(bad, [at, key]);
      continue;
    }
    if (seen.has(key)) {
      if (scalar) fail(`${spec.label} query key ${key} may appear only once`, [at, key]);
      else (input[key] as unknown[]).push(...values);
      continue;
    }
    seen.add(key);
    input[key] = scalar ? raw : [...values];
  }
  return { input, problems };
}

function readFilters(
  spec: ParserSpec,
  given: { filter: unknown; path: (string | number)[] }[],
  fail: (message: string, path: (string | number)[]) => void,
): { Name: string; Values: unknown[] }[] {
  const out: { Name: string; Values: unknown[] }[] = [];
  const names = spec.filters ? Object.keys(spec.filters) : [];
  for (const { filter: f, path } of given) {
    if (!isRecord(f) || !('Name' in f) || !('Values' in f)) {
      fail(`${spec.label} query filters must each have Name and Values`, path);
      continue;
    }
    const name = String(f.Name);
    const kind = spec.filters && Object.hasOwn(spec.filters, name) ? spec.filters[name] : undefined;
    if (kind === undefined && !name.startsWith('tag:')) {
      fail(
        `${spec.label} query filter "${name}" is not one of ${names.join(', ')}, or tag:KEY${suggest(name, names)}`,
        path,
      );
      continue;
    }
    if (!Array.isArray(f.Values)) {
      fail(`${spec.label} query filter ${name} must have a list of Values`, path);
      continue;
    }
    const bad = f.Values.map((v) => typeProblem(spec.label, kind ?? 'string', v)).find(Boolean);
    if (bad) {
      fail(bad, path);
      continue;
    }
    const prior = out.find((o) => o.Name === name);
    if (prior) prior.Values.push(...f.Values);
    else out.push({ Name: name, Values: [...f.Values] });
  }
  return out;
}

/**
 * Why `value` is not of `kind`, or undefined. As Python's isinstance, booleans pass as integers
 * in the parser; a `params` value is checked by the API's type only for scalars.
 */
function typeProblem(label: string, kind: QueryValue, value: unknown, loose = false): string | undefined {
  if (kind === 'any') return undefined;
  if (Array.isArray(kind)) {
    const allowed = kind as readonly string[];
    return allowed.includes(value as string)
      ? undefined
      : `${label} query value ${JSON.stringify(value)} is not one of ${allowed.join(', ')}${typeof value === 'string' ? suggest(value, allowed) : ''}`;
  }
  if (loose && (Array.isArray(value) || isRecord(value))) return undefined;
  const ok =
    kind === 'string'
      ? typeof value === 'string'
      : kind === 'integer'
        ? (typeof value === 'number' && Number.isInteger(value)) || typeof value === 'boolean'
        : kind === 'boolean'
          ? typeof value === 'boolean'
          : (typeof value === 'string' || value instanceof Date) && parseDate(value) !== undefined;
  return ok ? undefined : `${label} query value ${JSON.stringify(value)} is not ${article(String(kind))}`;
}

const article = (kind: string) => (kind === 'integer' ? 'an integer' : `a ${kind}`);

/** Python truthiness of a decoded value. */
function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (isRecord(v)) return Object.keys(v).length > 0;
  return Boolean(v);
}

function suggest(word: string, candidates: readonly string[]): string {
  const s = didYouMean(word, candidates);
  return s ? `; did you mean "${s}"?` : '';
}
