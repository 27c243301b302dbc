/**
 * Cloud Custodian's ListItemFilter subclasses whose list is fetched per resource (eks `addon`,
 * app-elb `listener-rule`): the core `list-item` filter run over a list kept on each resource
 * under `listKey`, with the matched items themselves (c7n's `annotate_items`) recorded in
 * `c7n:ListItemMatches` instead of their positions.
 */
import {
  type CompileContext,
  comparisonOp,
  type EvalContext,
  type Evaluator,
  LIST_ITEM_MATCHES,
  type Problem,
  type Resource,
} from '@c7n-ts/core';

export interface ListItemOptions {
  attrs?: unknown[];
  count?: number;
  count_op?: string;
}

/** The options of `list-item` such a filter takes (all but `key`); `items` says what is filtered. */
export function listItemProperties(items: string, what: string) {
  return {
    attrs: {
      type: 'array',
      items: { type: ['object', 'string'] },
      description: `Filters (value, reduce, and/or/not) ${items} must pass, as in \`list-item\`.`,
    },
    count: { type: 'number', description: `Match on the number of ${what} that pass instead of any.` },
    count_op: {
      ...comparisonOp,
      description: `How count compares. ${comparisonOp.description} Default eq.`,
    },
  } as const;
}

function listItem(ctx: CompileContext) {
  const decl = ctx.registry.filter(ctx.resourceType.type, 'list-item');
  if (!decl) throw new Error('the list-item filter is not registered');
  return decl;
}

/** The jmespath key of a list kept under `listKey` (quoted: the key holds `:`). */
const keyOf = (listKey: string) => `"${listKey}"`;

/** `list-item`'s checks of `attrs`, `count` and `count_op`. */
export function checkListItemOver(listKey: string, opts: ListItemOptions, ctx: CompileContext): Problem[] {
  return listItem(ctx).check?.({ ...opts, key: keyOf(listKey) }, ctx) ?? [];
}

/** Compiles `list-item` over `listKey`; `fill` puts the list on the resources lacking it first. */
export function compileListItemOver(
  listKey: string,
  opts: ListItemOptions,
  ctx: CompileContext,
  fill: (resources: Resource[], ectx: EvalContext) => Promise<void>,
): Evaluator<Resource> {
  const key = keyOf(listKey);
  const inner = listItem(ctx).compile({ ...opts, key }, ctx);
  return {
    kind: 'process',
    async process(resources, ectx) {
      await fill(resources, ectx);
      const prior = new Map(resources.map((r) => [r, lengthOf(r)]));
      const out =
        inner.kind === 'process'
          ? await inner.process(resources, ectx)
          : resources.filter((r) => inner.match(r, ectx));
      for (const r of resources) itemsForPositions(r, listKey, prior.get(r) ?? 0);
      return out;
    },
  };
}

function lengthOf(r: Resource): number {
  const v = r[LIST_ITEM_MATCHES];
  return Array.isArray(v) ? v.length : 0;
}

/** list-item records `key[i]` positions; c7n's annotate_items records the items themselves. */
function itemsForPositions(r: Resource, listKey: string, from: number): void {
  const v = r[LIST_ITEM_MATCHES];
  if (!Array.isArray(v) || v.length === from) return;
  const key = keyOf(listKey);
  const list = Array.isArray(r[listKey]) ? (r[listKey] as unknown[]) : [];
  r[LIST_ITEM_MATCHES] = [
    ...v.slice(0, from),
    ...v.slice(from).map((pos) => {
      const i =
        typeof pos === 'string' && pos.startsWith(key) ? Number(/\[(\d+)\]$/.exec(pos)?.[1]) : Number.NaN;
      return Number.isInteger(i) ? (list[i] ?? pos) : pos;
    }),
  ];
}
