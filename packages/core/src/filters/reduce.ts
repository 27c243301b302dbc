/**
 * `reduce`: group, sort and limit the matched set (c7n's ReduceFilter), e.g. keep the oldest
 * instance of each auto scaling group, or a random 10% capped at 15.
 */
import { defineFilter, type Problem, type Resource } from '../define/index.js';
import { parseDate } from './value/dates.js';
import { applyValueRegex, compileKey } from './value/key.js';
import { isNone, pyCmp, pyStr } from './value/py.js';
import { groupCount, pyRegex } from './value/regex.js';
import { pyFloat } from './value/value-types.js';

const sortConfig = {
  description: 'A key (JMESPath or tag:NAME), or a mapping with the key, its value_type and a value_regex.',
  oneOf: [
    { type: 'string' },
    {
      type: 'object',
      additionalProperties: false,
      required: ['key'],
      properties: {
        key: { type: 'string', description: 'JMESPath or tag:NAME to read.' },
        value_type: {
          enum: ['string', 'number', 'date'],
          description: 'How values compare; default string.',
        },
        value_regex: { type: 'string', description: 'Regex with one capture group applied to the value.' },
      },
    },
  ],
} as const;

type SortConfig = string | { key: string; value_type?: 'string' | 'number' | 'date'; value_regex?: string };

interface Keyed {
  read: (r: Resource) => unknown;
  nullValue: unknown;
}

function keyed(cfg: SortConfig | undefined, nullFirst: boolean): Keyed {
  const c = typeof cfg === 'string' ? { key: cfg } : (cfg ?? { key: '' });
  const vtype = c.value_type ?? 'string';
  // The value that sorts first or last for the type, as c7n substitutes for missing values.
  const nullValue =
    vtype === 'number'
      ? nullFirst
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY
      : vtype === 'date'
        ? new Date(nullFirst ? -8.64e15 : 8.64e15)
        : nullFirst
          ? ''
          : '\uffff';
  if (!c.key) return { read: () => nullValue, nullValue };
  const base = compileKey(c.key).read;
  const re = c.value_regex === undefined ? undefined : pyRegex(c.value_regex, { anchorStart: true });
  return {
    nullValue,
    read(r) {
      let v = base(r);
      if (re) v = applyValueRegex(re, v);
      if (isNone(v)) return nullValue;
      if (vtype === 'number') {
        // float() of text that is not a number raises ValueError: c7n treats it as missing.
        return pyFloat(v) ?? nullValue;
      }
      if (vtype === 'date') return parseDate(v) ?? nullValue;
      return pyStr(v);
    },
  };
}

function cmp(a: unknown, b: unknown): number {
  try {
    const c = pyCmp(a, b);
    return Number.isNaN(c) ? 0 : c;
  } catch {
    return 0;
  }
}

function shuffle<T>(xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export default defineFilter({
  type: 'reduce',
  pure: true,
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'group-by': sortConfig,
      'sort-by': sortConfig,
      order: {
        enum: ['asc', 'desc', 'reverse', 'randomize'],
        description: 'Sort order within groups; default asc.',
      },
      'null-order': { enum: ['first', 'last'], description: 'Where missing values sort; default last.' },
      limit: { type: 'number', minimum: 0, description: 'Keep at most this many per group (0: no limit).' },
      'limit-percent': {
        type: 'number',
        minimum: 0,
        maximum: 100,
        description: 'Keep this percentage per group.',
      },
      discard: {
        type: 'number',
        minimum: 0,
        description: 'Drop this many from the start of each group first.',
      },
      'discard-percent': {
        type: 'number',
        minimum: 0,
        maximum: 100,
        description: 'Drop this percentage from the start of each group first.',
      },
    },
  } as const,
  permissions: [],
  doc: {
    summary:
      'Group, sort and limit the resources that reached this filter: keep the oldest per group, a random sample, or all but the newest N.',
    example:
      '- type: reduce\n  group-by: "tag:aws:autoscaling:groupName"\n  sort-by: LaunchTime\n  order: asc\n  limit: 1',
  },
  messages: { 'invalid-value-regex': 'value_regex must compile and have exactly one capture group.' },
  check(opts) {
    const out: Problem[] = [];
    for (const k of ['group-by', 'sort-by'] as const) {
      const c = opts[k];
      if (typeof c !== 'object' || c.value_regex === undefined) continue;
      try {
        if (groupCount(pyRegex(c.value_regex)) !== 1) throw new Error('It needs exactly one capture group.');
      } catch (e) {
        out.push({
          messageId: 'invalid-value-regex',
          message: `value_regex is invalid: ${(e as Error).message}`,
          path: [k, 'value_regex'],
        });
      }
    }
    return out;
  },
  compile(opts) {
    const order = opts.order ?? 'asc';
    // c7n: missing values sort first when (last and desc) or (first and not desc).
    const placementLast = (opts['null-order'] ?? 'last') === 'last';
    const nullFirst = placementLast === (order === 'desc');
    const group = keyed(opts['group-by'] as SortConfig | undefined, nullFirst);
    const sort = keyed(opts['sort-by'] as SortConfig | undefined, nullFirst);
    const reorder = <T>(items: T[], key: (x: T) => unknown): T[] => {
      if (order === 'randomize') return shuffle(items);
      if (order === 'reverse') return [...items].reverse();
      const keys = new Map(items.map((x) => [x, key(x)]));
      // Stable like Python's sorted(); reverse=True keeps equal items in input order too.
      const sign = order === 'desc' ? -1 : 1;
      return [...items].sort((a, b) => sign * cmp(keys.get(a), keys.get(b)));
    };
    const sorting = opts['sort-by'] !== undefined || opts.order !== undefined;
    const orderGroups = opts['group-by'] !== undefined || opts.order !== undefined;
    return {
      kind: 'process',
      async process(resources) {
        const groups = new Map<string, { sortkey: unknown; items: Resource[] }>();
        for (const r of resources) {
          const v = group.read(r);
          const id = v instanceof Date ? `d${v.getTime()}` : `${typeof v}:${pyStr(v)}`;
          let g = groups.get(id);
          if (!g) {
            g = { sortkey: v, items: [] };
            groups.set(id, g);
          }
          g.items.push(r);
        }
        let ordered = [...groups.values()];
        if (sorting) for (const g of ordered) g.items = reorder(g.items, (r) => sort.read(r));
        if (orderGroups) ordered = reorder(ordered, (g) => g.sortkey);
        const limit = opts.limit ?? 0;
        const pct = opts['limit-percent'] ?? 0;
        const out: Resource[] = [];
        for (const g of ordered) {
          // Deliberate fix: c7n lets one group's discard-percent carry over to the next groups.
          let drop = opts.discard ?? 0;
          const dropPct = opts['discard-percent'] ?? 0;
          if (dropPct > 0) drop = Math.max(drop, Math.floor((dropPct / 100) * g.items.length));
          const kept = drop > 0 ? g.items.slice(drop) : g.items;
          let count = kept.length;
          if (pct > 0) count = Math.floor((pct / 100) * kept.length);
          if (limit > 0 && limit < count) count = limit;
          out.push(...kept.slice(0, count));
        }
        return out;
      },
    };
  },
});
