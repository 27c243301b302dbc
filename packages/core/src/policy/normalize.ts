/**
 * TEMPORARY local copy: tells what a filter or action list item is, following Cloud
 * Custodian's dispatch. The filter engine (`packages/core/src/filters/`) owns the canonical
 * `normalizeFilterItem`; swap `classifyFilterItem` for it once it lands and delete this file.
 */

export type BlockOp = 'and' | 'or' | 'not';

export type ItemShape =
  /** `- or: [...]`: a boolean block; `items` is whatever the user wrote (checked later). */
  | { kind: 'block'; op: BlockOp; items: unknown }
  /**
   * An element: `- stop` (form `string`), `- {type: x, ...}` (form `mapping`), or the value
   * shorthand `- "tag:Owner": absent` (form `value-shorthand`, opts `{key, value}`).
   */
  | {
      kind: 'element';
      type: string;
      form: 'string' | 'mapping' | 'value-shorthand';
      opts: Record<string, unknown>;
    }
  /** Neither: a number, a list, a mapping without `type`, a non-string `type`. */
  | { kind: 'invalid'; reason: 'not-mapping' | 'no-type' | 'type-not-string' };

const BLOCKS: readonly string[] = ['and', 'or', 'not'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function withoutType(item: Record<string, unknown>): Record<string, unknown> {
  const { type: _t, ...rest } = item;
  return rest;
}

export function classifyFilterItem(item: unknown): ItemShape {
  if (typeof item === 'string') return { kind: 'element', type: item, form: 'string', opts: {} };
  if (!isRecord(item)) return { kind: 'invalid', reason: 'not-mapping' };
  const keys = Object.keys(item);
  if (keys.length === 1 && !('type' in item)) {
    const k = keys[0]!;
    if (BLOCKS.includes(k)) return { kind: 'block', op: k as BlockOp, items: item[k] };
    // As in Cloud Custodian: any other one-key mapping is `key: value` for the value filter.
    return { kind: 'element', type: 'value', form: 'value-shorthand', opts: { key: k, value: item[k] } };
  }
  if (!('type' in item)) return { kind: 'invalid', reason: 'no-type' };
  if (typeof item.type !== 'string') return { kind: 'invalid', reason: 'type-not-string' };
  return { kind: 'element', type: item.type, form: 'mapping', opts: withoutType(item) };
}

export function classifyActionItem(item: unknown): ItemShape {
  if (typeof item === 'string') return { kind: 'element', type: item, form: 'string', opts: {} };
  if (!isRecord(item)) return { kind: 'invalid', reason: 'not-mapping' };
  if (!('type' in item)) return { kind: 'invalid', reason: 'no-type' };
  if (typeof item.type !== 'string') return { kind: 'invalid', reason: 'type-not-string' };
  return { kind: 'element', type: item.type, form: 'mapping', opts: withoutType(item) };
}

/** A validated filter item, as the engine reads it after loading. */
export type NormalizedFilter =
  | { kind: 'block'; op: BlockOp; items: unknown[] }
  | { kind: 'element'; type: string; options: Record<string, unknown> };

/**
 * For loaded (already validated) data: throws on an item the loader would have rejected,
 * since reaching one is a bug.
 */
export function normalizeFilter(item: unknown): NormalizedFilter {
  const s = classifyFilterItem(item);
  if (s.kind === 'block') return { kind: 'block', op: s.op, items: Array.isArray(s.items) ? s.items : [] };
  if (s.kind === 'invalid') throw new Error(`invalid filter item (${s.reason}): ${JSON.stringify(item)}`);
  return { kind: 'element', type: s.type, options: s.opts };
}

/** An action (or mode) item of loaded data as `{type, options}`. */
export function normalizeElement(item: unknown): { type: string; options: Record<string, unknown> } {
  const s = classifyActionItem(item);
  if (s.kind !== 'element') throw new Error(`invalid element item: ${JSON.stringify(item)}`);
  return { type: s.type, options: s.opts };
}
