/**
 * What one filters/actions list item is, read by the filter engine's `normalizeFilterItem`
 * (one normalizer for loader and engine) or `normalizeActionItem`, with the loader's located
 * wording for the items that name no element.
 */
import { normalizeFilterItem } from '../filters/compile.js';
import type { Kind } from './elements.js';
import { kindOf, type PathProblem } from './explain.js';
import { normalizeActionItem } from './normalize.js';
import type { Path } from './yaml-doc.js';

/**
 * An element item as the loader places it: `form` says where its options sit in the document
 * (`- stop`, a mapping with `type`, or the value shorthand `- "tag:Owner": absent`).
 */
export interface ElementItem {
  type: string;
  form: 'string' | 'mapping' | 'value-shorthand';
  opts: Record<string, unknown>;
}

export type Classified =
  | { kind: 'element'; item: ElementItem }
  | { kind: 'block'; op: string; items: unknown[] }
  | { kind: 'invalid'; problem: PathProblem };

/** The filter engine's reading of an item (one normalizer for loader and engine), located. */
export function classify(item: unknown, path: Path, kind: Kind): Classified {
  const form = typeof item === 'string' ? 'string' : 'mapping';
  if (kind === 'action') {
    const n = normalizeActionItem(item);
    if (n.kind === 'invalid') return { kind: 'invalid', problem: invalidItem(kind, item, path) };
    return { kind: 'element', item: { type: n.type, form, opts: n.options } };
  }
  const n = normalizeFilterItem(item);
  if (n.kind === 'block') return { kind: 'block', op: n.op, items: n.items };
  if (n.kind === 'filter')
    return {
      kind: 'element',
      item: { type: n.type, form: n.shorthand ? 'value-shorthand' : form, opts: n.options },
    };
  if (n.messageId === 'block-not-list') {
    const [op, value] = Object.entries(item as Record<string, unknown>)[0] ?? [];
    return {
      kind: 'invalid',
      problem: {
        messageId: 'wrong-type',
        message: `"${op}" must be a list of filters, not ${kindOf(value)}`,
        path: [...path, String(op)],
        at: 'value',
      },
    };
  }
  return { kind: 'invalid', problem: invalidItem(kind, item, path) };
}

/** The loader's wording for an item that names no element, placed where the fix goes. */
function invalidItem(kind: Kind, item: unknown, path: Path): PathProblem {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    return {
      messageId: 'wrong-type',
      message: `a ${kind} must be a name or a mapping, not ${kindOf(item)}`,
      path,
      at: 'value',
    };
  if (!('type' in item))
    return {
      messageId: 'missing-type',
      message:
        kind === 'filter'
          ? 'filter has no "type" key; name the filter with "type:" (only a one-key mapping is the "key: value" shorthand)'
          : 'action has no "type" key; name the action with "type:"',
      path,
      at: 'mapping',
    };
  const type = (item as Record<string, unknown>).type;
  return {
    messageId: 'wrong-type',
    message:
      type === ''
        ? `"type" of a ${kind} must name the ${kind}, not be empty`
        : `"type" of a ${kind} must be a string, not ${kindOf(type)}`,
    path: [...path, 'type'],
    at: 'value',
  };
}
