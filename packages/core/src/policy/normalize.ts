/**
 * Action (and mode) list items as Cloud Custodian reads them: a plain string is
 * `{type: <string>}`, a mapping names its `type`. Filter items have more forms (blocks, the
 * value shorthand) and are read by the filter engine's `normalizeFilterItem`.
 */

export type NormalizedActionItem =
  | { kind: 'action'; type: string; options: Record<string, unknown> }
  | { kind: 'invalid'; messageId: 'invalid-action' | 'missing-type'; message: string };

function isMapping(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Classify one item of an `actions:` list (the loader words and places the invalid ones). */
export function normalizeActionItem(item: unknown): NormalizedActionItem {
  if (typeof item === 'string') return { kind: 'action', type: item, options: {} };
  if (!isMapping(item))
    return {
      kind: 'invalid',
      messageId: 'invalid-action',
      message: 'An action is a mapping or an action name.',
    };
  const { type, ...options } = item;
  if (typeof type !== 'string' || type === '')
    return { kind: 'invalid', messageId: 'missing-type', message: 'An action mapping needs a `type`.' };
  return { kind: 'action', type, options };
}

/** An action of loaded (validated) data as `{type, options}`; reaching an invalid one is a bug. */
export function normalizeAction(item: unknown): { type: string; options: Record<string, unknown> } {
  const n = normalizeActionItem(item);
  if (n.kind === 'invalid') throw new Error(`${n.message} Got ${JSON.stringify(item)}`);
  return { type: n.type, options: n.options };
}
