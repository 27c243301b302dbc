/**
 * Filter lists as Cloud Custodian reads them: a plain string is `{type: <string>}`, a
 * one-key mapping without `type` is an `and`/`or`/`not` block or the value shorthand
 * (`- "tag:Owner": absent`), anything else names its `type`. When every leaf is per-resource
 * the whole list compiles to one predicate; otherwise blocks are evaluated set-wise like
 * c7n's BooleanGroupFilter (and narrows, or unions, not subtracts).
 */
import type { CompileContext, EvalContext, Evaluator, Resource } from '../define/types.js';

export type BlockOp = 'and' | 'or' | 'not';
const BLOCKS: ReadonlySet<string> = new Set(['and', 'or', 'not']);

/**
 * What one filter list item is. `shorthand` marks the `key: value` form: its options are
 * `{key, value}`, where `key` is the mapping's key and `value` its value in the document.
 */
export type NormalizedFilterItem =
  | { kind: 'block'; op: BlockOp; items: unknown[] }
  | { kind: 'filter'; type: string; options: Record<string, unknown>; shorthand: boolean }
  | { kind: 'invalid'; messageId: 'invalid-filter' | 'block-not-list' | 'missing-type'; message: string };

function isMapping(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Classify one item of a `filters:` (or nested) list. One function for loader and compiler. */
export function normalizeFilterItem(item: unknown): NormalizedFilterItem {
  if (typeof item === 'string') return { kind: 'filter', type: item, options: {}, shorthand: false };
  if (!isMapping(item))
    return {
      kind: 'invalid',
      messageId: 'invalid-filter',
      message: 'A filter is a mapping or a filter name.',
    };
  const keys = Object.keys(item);
  if (keys.length === 1 && !('type' in item)) {
    const key = keys[0] as string;
    const value = item[key];
    if (BLOCKS.has(key)) {
      if (!Array.isArray(value))
        return {
          kind: 'invalid',
          messageId: 'block-not-list',
          message: `"${key}" takes a list of filters.`,
        };
      return { kind: 'block', op: key as BlockOp, items: value };
    }
    return { kind: 'filter', type: 'value', options: { key, value }, shorthand: true };
  }
  const { type, ...options } = item;
  if (typeof type !== 'string' || type === '')
    return {
      kind: 'invalid',
      messageId: 'missing-type',
      message: 'A filter mapping needs a `type` (or a single `key: value` pair).',
    };
  return { kind: 'filter', type, options, shorthand: false };
}

export interface CompiledFilters<R = Resource> {
  /** The resources that pass every filter, in input order. */
  evaluate(resources: R[], ctx: EvalContext): Promise<R[]>;
  /** Present when every filter is per-resource: the same test, synchronous, one resource at a time. */
  predicate?: (resource: R, ctx: EvalContext) => boolean;
}

/** Compile a filter list (an implicit `and`). Throws for items the loader should have rejected. */
export function compileFilters<R = Resource>(
  items: readonly unknown[],
  ctx: CompileContext,
): CompiledFilters<R> {
  const ev = compileBlock('and', items, ctx, []) as Evaluator<R>;
  if (ev.kind === 'match') {
    const match = ev.match;
    return { predicate: match, evaluate: async (rs, ectx) => rs.filter((r) => match(r, ectx)) };
  }
  return { evaluate: (rs, ectx) => ev.process(rs, ectx) };
}

/** Compile one item (exported for filters, like list-item, that hold filter lists). */
export function compileFilterItem(
  item: unknown,
  ctx: CompileContext,
  path: readonly (string | number)[] = [],
): Evaluator {
  const n = normalizeFilterItem(item);
  if (n.kind === 'invalid') throw new Error(`${where(path)}${n.message}`);
  if (n.kind === 'block') return compileBlock(n.op, n.items, ctx, [...path, n.op]);
  const decl = ctx.registry.filter(ctx.resourceType.type, n.type);
  if (!decl) throw new Error(`${where(path)}unknown filter "${n.type}" for ${ctx.resourceType.type}`);
  return decl.compile(n.options as never, ctx) as Evaluator;
}

function where(path: readonly (string | number)[]): string {
  return path.length ? `filters.${path.join('.')}: ` : '';
}

function compileBlock(
  op: BlockOp,
  items: readonly unknown[],
  ctx: CompileContext,
  path: readonly (string | number)[],
): Evaluator {
  const children = items.map((item, i) => compileFilterItem(item, ctx, [...path, i]));
  if (children.every((c) => c.kind === 'match')) {
    const ms = children.map((c) => (c as Extract<Evaluator, { kind: 'match' }>).match);
    return { kind: 'match', match: predicateFor(op, ms) };
  }
  return { kind: 'process', process: processFor(op, children) };
}

type Match = (r: Resource, ctx: EvalContext) => boolean;

function predicateFor(op: BlockOp, ms: Match[]): Match {
  if (ms.length === 1 && op !== 'not') return ms[0] as Match;
  switch (op) {
    case 'and':
      return (r, ctx) => {
        const mark = noted(r, ctx);
        for (const m of ms)
          if (!m(r, ctx)) {
            sweep(r, ctx, mark);
            return false;
          }
        return true;
      };
    case 'or':
      return (r, ctx) => {
        // c7n runs every branch (and so notes every value filter that matches): see matchedFilters.
        if (ctx.matchedFilters) {
          let hit = false;
          for (const m of ms) if (m(r, ctx)) hit = true;
          return hit;
        }
        for (const m of ms) if (m(r, ctx)) return true;
        return false;
      };
    case 'not':
      // c7n's `not` negates the implicit `and` of its children.
      return (r, ctx) => {
        const mark = noted(r, ctx);
        let passed = false;
        for (const m of ms)
          if (!m(r, ctx)) {
            passed = true;
            break;
          }
        sweep(r, ctx, mark);
        return passed;
      };
  }
}

/*
 * c7n:MatchedFilters (EvalContext.matchedFilters) through blocks, as Cloud Custodian's
 * AnnotationSweeper leaves it: what a `not` block's filters noted is dropped, and so is what an
 * `and` block's filters noted on a resource the block did not pass; an `or` keeps every note.
 */
const noted = (r: Resource, ctx: EvalContext): number => ctx.matchedFilters?.get(r)?.length ?? 0;

function sweep(r: Resource, ctx: EvalContext, mark: number): void {
  const keys = ctx.matchedFilters?.get(r);
  if (!keys || keys.length === mark) return;
  if (mark === 0) ctx.matchedFilters?.delete(r);
  else keys.length = mark;
}

function sweepAll(rs: readonly Resource[], ctx: EvalContext, marks: readonly number[], kept?: Set<Resource>) {
  if (!ctx.matchedFilters) return;
  rs.forEach((r, i) => {
    if (!kept?.has(r)) sweep(r, ctx, marks[i] ?? 0);
  });
}

async function run(ev: Evaluator, rs: Resource[], ctx: EvalContext): Promise<Resource[]> {
  if (ev.kind === 'match') return rs.filter((r) => ev.match(r, ctx));
  return ev.process(rs, ctx);
}

async function narrow(children: Evaluator[], rs: Resource[], ctx: EvalContext): Promise<Resource[]> {
  let cur = rs;
  for (const c of children) {
    if (cur.length === 0) break;
    cur = await run(c, cur, ctx);
  }
  return cur;
}

function processFor(
  op: BlockOp,
  children: Evaluator[],
): (rs: Resource[], ctx: EvalContext) => Promise<Resource[]> {
  switch (op) {
    case 'and':
      return async (rs, ctx) => {
        if (!ctx.matchedFilters) return narrow(children, rs, ctx);
        const marks = rs.map((r) => noted(r, ctx));
        const passed = await narrow(children, rs, ctx);
        if (passed.length < rs.length) sweepAll(rs, ctx, marks, new Set(passed));
        return passed;
      };
    case 'or':
      // Each branch sees the whole input; the union keeps input order (c7n returns set order).
      return async (rs, ctx) => {
        const hit = new Set<Resource>();
        for (const c of children) for (const r of await run(c, rs, ctx)) hit.add(r);
        return rs.filter((r) => hit.has(r));
      };
    case 'not':
      return async (rs, ctx) => {
        const marks = ctx.matchedFilters ? rs.map((r) => noted(r, ctx)) : [];
        const hit = new Set(await narrow(children, rs, ctx));
        sweepAll(rs, ctx, marks);
        return rs.filter((r) => !hit.has(r));
      };
  }
}
