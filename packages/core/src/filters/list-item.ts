/**
 * `list-item`: match resources by the items of a list inside them (security group rules,
 * container definitions), with filters applied to each item, and optionally a count.
 */
import { type CompileContext, defineFilter, type Problem, type RegistryView } from '../define/index.js';
import { checkFilterItems } from './check-items.js';
import { compileFilters } from './compile.js';
import reduce from './reduce.js';
import value from './value/index.js';
import { compileKey, keyReads } from './value/key.js';
import { compare, comparisonOp } from './value/ops.js';

export const LIST_ITEM_MATCHES = 'c7n:ListItemMatches';

/** Inside `attrs` only value and reduce filters (and blocks) apply, as in c7n's ListItemRegistry. */
// Typed loosely on purpose: relating these precise option types to FilterDecl<any> instantiates too deeply.
const itemFilters: Record<string, unknown> = { reduce, value };

function itemContext(ctx: CompileContext): CompileContext {
  const registry: RegistryView = {
    filter: (_rt, name) => (Object.hasOwn(itemFilters, name) ? (itemFilters[name] as never) : undefined),
    action: () => undefined,
    resource: (t) => ctx.registry.resource(t),
  };
  return { ...ctx, registry };
}

export default defineFilter({
  type: 'list-item',
  reads: (opts) => keyReads(opts.key),
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['key'],
    properties: {
      key: { type: 'string', description: 'JMESPath to the list inside the resource.' },
      attrs: {
        type: 'array',
        items: { type: ['object', 'string'] },
        description: 'Filters (value, reduce, and/or/not) each item must pass.',
      },
      count: { type: 'number', description: 'Match on the number of passing items instead of any.' },
      count_op: {
        ...comparisonOp,
        description: `How count compares. ${comparisonOp.description} Default eq.`,
      },
    },
  } as const,
  permissions: [],
  doc: {
    summary:
      'Filter on the items of a list inside each resource: a resource matches when some item passes `attrs` (or when the number that pass satisfies `count`). Matched item positions are recorded in c7n:ListItemMatches.',
    example:
      '- type: list-item\n  key: IpPermissions\n  attrs:\n    - type: value\n      key: FromPort\n      value: 22\n    - type: value\n      key: IpRanges[].CidrIp\n      value: 0.0.0.0/0\n      op: contains',
  },
  messages: { 'invalid-key': 'The key is not a valid expression.' },
  check(opts, ctx) {
    const out: Problem[] = [];
    try {
      compileKey(opts.key);
    } catch (e) {
      out.push({ messageId: 'invalid-key', message: `Invalid key: ${(e as Error).message}`, path: ['key'] });
    }
    if (opts.attrs) out.push(...checkFilterItems(opts.attrs, itemContext(ctx), ['attrs']));
    return out;
  },
  compile(opts, ctx) {
    const read = compileKey(opts.key).read;
    const attrs = compileFilters(opts.attrs ?? [], itemContext(ctx));
    const hasCount = opts.count !== undefined;
    const countOp = opts.count_op ?? 'eq';
    const annotate = (r: Record<string, unknown>, idx: number[]) => {
      const prior = Array.isArray(r[LIST_ITEM_MATCHES]) ? (r[LIST_ITEM_MATCHES] as unknown[]) : [];
      r[LIST_ITEM_MATCHES] = [...prior, ...idx.map((i) => `${opts.key}[${i}]`)];
    };
    const decide = (r: Record<string, unknown>, items: unknown[], matched: unknown[]): boolean => {
      if (hasCount) return compare(countOp, matched.length, opts.count);
      if (!matched.length) return false;
      const set = new Set(matched);
      annotate(
        r,
        items.flatMap((it, i) => (set.has(it) ? [i] : [])),
      );
      return true;
    };
    const listOf = (r: Record<string, unknown>, log?: (m: string) => void): unknown[] | undefined => {
      const v = read(r);
      if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return undefined;
      if (!Array.isArray(v)) {
        // c7n raises here and stops the policy; one odd resource should not.
        log?.(`list-item: ${opts.key} is not a list`);
        return [];
      }
      return v;
    };
    const predicate = attrs.predicate;
    if (predicate)
      return {
        kind: 'match',
        match(r, ectx) {
          const items = listOf(r, (m) => ectx.log?.('warn', m));
          if (items === undefined) return hasCount && compare(countOp, 0, opts.count);
          const matched = items.filter((it) => predicate(it as Record<string, unknown>, ectx));
          return decide(r, items, matched);
        },
      };
    return {
      kind: 'process',
      async process(rs, ectx) {
        const out = [];
        for (const r of rs) {
          const items = listOf(r, (m) => ectx.log?.('warn', m));
          if (items === undefined) {
            if (hasCount && compare(countOp, 0, opts.count)) out.push(r);
            continue;
          }
          const matched = await attrs.evaluate(items as Record<string, unknown>[], ectx);
          if (decide(r, items, matched)) out.push(r);
        }
        return out;
      },
    };
  },
});
