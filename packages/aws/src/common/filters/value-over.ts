/**
 * Value-filter semantics applied to something other than the resource itself: a related
 * security group, the volumes attached to an instance, the instance behind a volume. Cloud
 * Custodian builds these as ValueFilter subclasses calling `match(other)`; here they reuse the
 * core value filter's options, checks and matcher.
 */
import {
  checkValueOptions,
  compileValue,
  type EvalContext,
  type Problem,
  type Resource,
  type ValueOptions,
  valueMessages,
  valueProperties,
} from '@c7n-ts/core';

/** Value filter option names; everything else in an element's options is its own. */
const VALUE_KEYS = Object.keys(valueProperties);

export { valueMessages, valueProperties };

/** The value filter options inside an element's options. */
export function valueOptionsOf(opts: Record<string, unknown>): ValueOptions {
  const out: Record<string, unknown> = {};
  for (const k of VALUE_KEYS) if (Object.hasOwn(opts, k)) out[k] = opts[k];
  return out as ValueOptions;
}

/**
 * The value filter's own checks on the embedded options. `valueFromResource`: the compared
 * value is read from the resource at run time (`match-resource`), so `value` is not required.
 */
export function checkEmbeddedValue(
  opts: Record<string, unknown>,
  { valueFromResource = false }: { valueFromResource?: boolean } = {},
): Problem[] {
  const problems = checkValueOptions(valueOptionsOf(opts));
  return valueFromResource ? problems.filter((p) => p.messageId !== 'missing-value') : problems;
}

/** Picks the items that pass the value options (with `value_from` loaded when set). */
export type ItemMatcher = (items: Resource[], ctx: EvalContext) => Promise<Set<Resource>>;

export function compileItemMatcher(opts: ValueOptions, baseDir: string | undefined): ItemMatcher {
  const ev = compileValue(opts, baseDir);
  return async (items, ctx) => {
    if (items.length === 0) return new Set();
    if (ev.kind === 'match') return new Set(items.filter((i) => ev.match(i, ctx)));
    return new Set(await ev.process(items, ctx));
  };
}

/** Appends to a list annotation as Cloud Custodian's `set_annotation` does. */
export function appendAnnotation(resource: Resource, key: string, value: unknown): void {
  const prior = resource[key];
  // A new array each time: policies share nested values of a fetched resource.
  if (Array.isArray(prior)) resource[key] = [...prior, value];
  else if (prior === undefined) resource[key] = [value];
}
