/**
 * The `value` filter: compare something read from each resource with a value, with Cloud
 * Custodian's operators, value types, special values and Python comparison semantics.
 */
import { defineFilter, type EvalContext, type Evaluator, type Resource } from '../../define/index.js';
import { checkValueOptions, valueMessages } from './check.js';
import { keyReads } from './key.js';
import { compileValueMatcher, countMatches, type ValueOptions } from './matcher.js';
import { valueOptionsSchema } from './schema.js';
import { loadValues } from './value-from.js';

/** Compile value options into an evaluator; `subject` picks what is tested (the event for `event`). */
export function compileValue(
  opts: ValueOptions,
  baseDir: string | undefined,
  subject?: (r: Resource, ctx: EvalContext) => unknown,
): Evaluator {
  if (opts.value_type === 'resource_count')
    return { kind: 'process', process: async (rs) => (countMatches(opts, rs) ? rs : []) };
  const m = compileValueMatcher(opts);
  const vf = opts.value_from;
  if (subject) {
    // Evaluated once per run against the event: all resources pass or none do.
    return {
      kind: 'process',
      async process(rs, ctx) {
        const target = subject(rs[0] ?? {}, ctx);
        if (target === undefined) return rs;
        const v = vf ? await loadValues(vf, baseDir, ctx) : m.value;
        return m.test(target, v, ctx.now) ? rs : [];
      },
    };
  }
  if (vf)
    return {
      kind: 'process',
      async process(rs, ctx) {
        const v = await loadValues(vf, baseDir, ctx);
        return rs.filter((r) => m.test(r, v, ctx.now));
      },
    };
  return { kind: 'match', match: (r, ctx) => m.test(r, m.value, ctx.now) };
}

export default defineFilter({
  type: 'value',
  pure: true,
  reads: (opts) => keyReads(opts.key),
  resources: '*',
  options: valueOptionsSchema,
  permissions: [],
  doc: {
    summary:
      'Compare a field, tag or expression of each resource with a value. Supports c7n operators (eq, gt, in, regex, glob, intersect, ...), value types (age, expiration, size, cidr, version, ...) and the special values absent, present, not-null and empty. `- "tag:Owner": absent` is shorthand for a value filter.',
    example: '- type: value\n  key: LaunchTime\n  value_type: age\n  op: gt\n  value: 30',
  },
  messages: valueMessages,
  check: (opts, ctx) => checkValueOptions(opts as ValueOptions, ctx.baseDir),
  compile: (opts, ctx) => noteMatches(compileValue(opts as ValueOptions, ctx.baseDir), opts as ValueOptions),
});

/**
 * The `value` filter, unlike the filters built on its matcher, notes its key on each resource
 * it passes (Cloud Custodian's ValueFilter annotates in `__call__`, which its subclasses
 * override); a `resource_count` test is on the whole set and notes nothing.
 */
function noteMatches(ev: Evaluator, opts: ValueOptions): Evaluator {
  const key = opts.key;
  if (typeof key !== 'string' || opts.value_type === 'resource_count') return ev;
  const note = (r: Resource, ctx: EvalContext) => {
    const seen = ctx.matchedFilters?.get(r);
    if (seen) seen.push(key);
    else ctx.matchedFilters?.set(r, [key]);
  };
  if (ev.kind === 'match')
    return {
      kind: 'match',
      match(r, ctx) {
        if (!ev.match(r, ctx)) return false;
        note(r, ctx);
        return true;
      },
    };
  return {
    kind: 'process',
    async process(rs, ctx) {
      const passed = await ev.process(rs, ctx);
      for (const r of passed) note(r, ctx);
      return passed;
    },
  };
}
