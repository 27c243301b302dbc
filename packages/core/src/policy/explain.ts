/**
 * Turns ajv's error list into one sentence per YAML node. ajv reports every failed branch of
 * an anyOf; we keep the branch that got furthest, merge "wrong type" errors of branches that
 * all failed at the same place, and keep the most specific error per node.
 */
import type { ErrorObject } from 'ajv';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Path } from './yaml-doc.js';

/** A problem placed by data path, not yet by line/column. */
export interface PathProblem {
  messageId: string;
  message: string;
  path: Path;
  /** `key`: the key of the last segment; `mapping`: the first key of the mapping at `path`. */
  at: 'key' | 'value' | 'mapping';
  hint?: string;
  severity?: 'error' | 'warning';
}

export interface ExplainContext {
  /** `filter "instance-age"`, `action "tag"`, `mode "periodic"`, or '' for the policy itself. */
  where: string;
  /** Maps a path inside the validated object to a document path (prefix, shorthand rewrites). */
  toDoc(rel: Path): { path: Path; at?: PathProblem['at'] };
}

export function segments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const PRIORITY: Record<string, number> = {
  'unknown-key': 0,
  'invalid-name': 1,
  'invalid-value': 1,
  'wrong-type': 2,
  'out-of-range': 3,
  'missing-key': 9,
};

export function explainAjvErrors(errors: readonly ErrorObject[], ctx: ExplainContext): PathProblem[] {
  const picked = pickErrors(errors);
  const problems = picked.map((e) => explainOne(e, ctx));
  // A missing key that the user wrote misspelt is already reported as unknown-with-suggestion.
  const suggested = new Set(
    problems
      .filter((p) => p.messageId === 'unknown-key')
      .map((p) => /did you mean "([^"]+)"/.exec(p.message)?.[1]),
  );
  const kept = problems.filter(
    (p) => !(p.messageId === 'missing-key' && suggested.has(missingKeyOf(p.message))),
  );
  // One problem per node: the most specific.
  const byNode = new Map<string, PathProblem>();
  for (const p of kept) {
    const id = `${JSON.stringify(p.at === 'mapping' ? p.path : p.path)}|${p.at === 'value' ? 'v' : 'k'}`;
    const prior = byNode.get(id);
    if (!prior || (PRIORITY[p.messageId] ?? 5) < (PRIORITY[prior.messageId] ?? 5)) byNode.set(id, p);
  }
  return [...byNode.values()];
}

function missingKeyOf(message: string): string | undefined {
  return /^missing required key "([^"]+)"/.exec(message)?.[1];
}

function depth(e: ErrorObject): number {
  const extra = e.keyword === 'additionalProperties' || e.keyword === 'required' ? 1 : 0;
  return segments(e.instancePath).length + extra;
}

/** Resolves anyOf/oneOf groups, innermost first, into the errors worth showing. */
function pickErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const combos = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  let out = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  for (const c of combos) {
    const prefix = `${c.schemaPath}/`;
    const members = out.filter((e) => e.schemaPath.startsWith(prefix));
    if (members.length === 0) {
      out.push(c);
      continue;
    }
    const base = segments(c.instancePath).length;
    const branches = new Map<string, ErrorObject[]>();
    for (const m of members) {
      const b = m.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      branches.set(b, [...(branches.get(b) ?? []), m]);
    }
    // A branch that failed on its root type did not fit at all; one that failed deeper fit better.
    const score = (errs: ErrorObject[]) =>
      errs.some((e) => e.keyword === 'type' && segments(e.instancePath).length === base)
        ? 0
        : 1 + Math.max(...errs.map(depth));
    const best = Math.max(...[...branches.values()].map(score));
    out = out.filter((e) => !members.includes(e));
    if (best === 0) {
      const types = members
        .filter((e) => e.keyword === 'type')
        .flatMap((e) => String((e.params as { type: string }).type).split(','));
      const first = members.find((e) => e.keyword === 'type') ?? c;
      out.push({ ...first, keyword: 'type', params: { type: [...new Set(types)].join(',') } });
    } else {
      for (const errs of branches.values()) if (score(errs) === best) out.push(...errs);
    }
  }
  return out;
}

const KIND_NAMES: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean (true or false)',
  null: 'empty (null)',
};

export function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'empty (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  if (typeof v === 'boolean') return 'a boolean';
  return 'a string';
}

export function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function pathText(segs: readonly string[]): string {
  let s = '';
  for (const seg of segs) s += /^\d+$/.test(seg) ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function explainOne(e: ErrorObject, ctx: ExplainContext): PathProblem {
  const segs = segments(e.instancePath);
  const subject = segs.length
    ? `"${pathText(segs)}"${ctx.where ? ` in ${ctx.where}` : ''}`
    : ctx.where || 'the policy';
  const container =
    segs.length === 0 ? ctx.where || 'policy' : `"${pathText(segs)}"${ctx.where ? ` of ${ctx.where}` : ''}`;
  const at = (rel: Path, where: PathProblem['at']) => {
    const d = ctx.toDoc(rel);
    return { path: d.path, at: d.at ?? where };
  };
  const params = e.params as Record<string, any>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = String(params.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const s = didYouMean(prop, known);
      return {
        messageId: 'unknown-key',
        message: `unknown key "${prop}" in ${container}${s ? `; did you mean "${s}"?` : ''}`,
        ...(s || known.length === 0 ? {} : { hint: `known keys: ${known.sort().join(', ')}` }),
        ...at([...segs, prop], 'key'),
      };
    }
    case 'required':
      return {
        messageId: 'missing-key',
        message: `missing required key "${params.missingProperty}" in ${container}`,
        ...at(segs, 'mapping'),
      };
    case 'type': {
      const types = String(params.type)
        .split(',')
        .map((t) => KIND_NAMES[t] ?? t);
      return {
        messageId: 'wrong-type',
        message: `${subject} must be ${orList([...new Set(types)])}, not ${kindOf(e.data)}`,
        ...at(segs, 'value'),
      };
    }
    case 'enum':
    case 'const': {
      const allowed: unknown[] = e.keyword === 'enum' ? params.allowedValues : [params.allowedValue];
      const strings = allowed.filter((a): a is string => typeof a === 'string');
      const s = typeof e.data === 'string' ? didYouMean(e.data, strings) : undefined;
      const tail = s
        ? `; did you mean "${s}"?`
        : `; expected ${allowed.length > 1 ? 'one of ' : ''}${allowed.slice(0, 12).map(show).join(', ')}${allowed.length > 12 ? ', ...' : ''}`;
      return {
        messageId: 'invalid-value',
        message: `invalid value ${show(e.data)} for ${subject}${tail}`,
        ...at(segs, 'value'),
      };
    }
    case 'pattern':
      if (!ctx.where && segs.length === 1 && segs[0] === 'name')
        return {
          messageId: 'invalid-name',
          message: `invalid policy name ${show(e.data)}: use letters, digits, "-" and "_", starting with a letter or digit`,
          ...at(segs, 'value'),
        };
      return {
        messageId: 'invalid-value',
        message: `${subject} must match the pattern ${params.pattern}, got ${show(e.data)}`,
        ...at(segs, 'value'),
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        messageId: 'out-of-range',
        message: `${subject} must be ${params.comparison} ${params.limit}, got ${show(e.data)}`,
        ...at(segs, 'value'),
      };
    case 'format':
      return {
        messageId: 'invalid-value',
        message: `${subject} must be a valid ${params.format}, got ${show(e.data)}`,
        ...at(segs, 'value'),
      };
    case 'anyOf':
    case 'oneOf':
      return {
        messageId: 'invalid-value',
        message: `${subject} does not match any allowed form`,
        ...at(segs, 'value'),
      };
    default:
      return {
        messageId: 'invalid-value',
        message: `${subject} ${e.message ?? 'is not valid'}`,
        ...at(segs, 'value'),
      };
  }
}
