/**
 * What a policy test checks, as pure functions of what the run gave: the matched ids (a set),
 * the changing calls (an ordered list, each a partial match of its input) and the rendered
 * notifications (in order). Each returns the lines of a readable diff, empty when all agree.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMutatingOperation } from '@c7n-ts/aws';

/** One call of the flight log. */
export interface MadeCall {
  service: string;
  operation: string;
  input: unknown;
  ok?: boolean;
  errorCode?: string;
}

/** One `expect.calls` entry: `rds.DeleteDBInstance` and the input keys that must be equal. */
export interface ExpectedCall {
  call: string;
  params: Record<string, unknown>;
}

/** One `expect.notifications` entry. */
export interface ExpectedNotification {
  to: string[];
  subject?: string;
  contains?: string[];
}

/** One rendered message, as notify writes it in the output folder. */
export interface RenderedNotification {
  to: string[];
  subject: string;
  body: string;
}

export function compareResources(expected: readonly string[], matched: readonly string[]): string[] {
  const want = new Set(expected);
  const got = new Set(matched);
  const missing = [...want].filter((id) => !got.has(id));
  const extra = [...got].filter((id) => !want.has(id));
  if (!missing.length && !extra.length) return [];
  return [
    'resources differ:',
    `  expected: ${list(expected)}`,
    `  matched:  ${list(matched)}`,
    ...(missing.length ? [`  missing:  ${missing.join(', ')}`] : []),
    ...(extra.length ? [`  extra:    ${extra.join(', ')}`] : []),
  ];
}

/**
 * The changing calls of a flight log, in order: the product's one definition, the same calls
 * the end-to-end tests check a `--dryrun` never makes.
 */
export const changingCalls = (log: readonly MadeCall[]) =>
  log.filter((c) => isMutatingOperation(c.operation));

/** The input keys of `expected` whose values differ from `input` (a partial, deep match). */
export function differingParams(
  expected: Record<string, unknown>,
  input: unknown,
): { key: string; expected: unknown; made: unknown }[] {
  const made = (input ?? {}) as Record<string, unknown>;
  return Object.entries(expected)
    .filter(([k, v]) => !partialEqual(v, made[k]))
    .map(([key, v]) => ({ key, expected: v, made: made[key] }));
}

/**
 * Expected values match partially all the way down: a listed key of a nested object must
 * equal, others are ignored; arrays must have the same length, element by element.
 */
function partialEqual(expected: unknown, made: unknown): boolean {
  if (Array.isArray(expected))
    return (
      Array.isArray(made) &&
      made.length === expected.length &&
      expected.every((e, i) => partialEqual(e, made[i]))
    );
  if (expected !== null && typeof expected === 'object') {
    if (made === null || typeof made !== 'object' || Array.isArray(made)) return false;
    const m = made as Record<string, unknown>;
    return Object.entries(expected).every(([k, v]) => partialEqual(v, m[k]));
  }
  // YAML has no dates here and the SDK input keeps what the action gave: compare as data.
  return isDeepStrictEqual(expected, made);
}

const callName = (c: MadeCall) => `${c.service}.${c.operation}`;

/**
 * Expected and made changing calls side by side, a line per call, the first difference
 * marked with `>`; then the parameters that differ at that call.
 */
export function compareCalls(expected: readonly ExpectedCall[], made: readonly MadeCall[]): string[] {
  let first = -1;
  const n = Math.max(expected.length, made.length);
  for (let i = 0; i < n && first < 0; i++) {
    const e = expected[i];
    const m = made[i];
    if (!e || !m || e.call !== callName(m) || differingParams(e.params, m.input).length) first = i;
  }
  if (first < 0) return [];
  const width = Math.max(8, ...expected.map((e) => e.call.length));
  const lines = [`calls differ (first difference at call ${first + 1}):`];
  lines.push(`    ${'expected'.padEnd(width)}  made`);
  for (let i = 0; i < n; i++) {
    const e = expected[i]?.call ?? '-';
    const m = made[i];
    const madeText = m
      ? `${callName(m)}${m.ok === false ? ` (failed: ${m.errorCode ?? 'error'})` : ''}`
      : '-';
    lines.push(`  ${i === first ? '>' : ' '} ${e.padEnd(width)}  ${madeText}`);
  }
  const e = expected[first];
  const m = made[first];
  if (e && m && e.call === callName(m))
    for (const d of differingParams(e.params, m.input))
      lines.push(
        `  call ${first + 1} ${e.call}: ${d.key} expected ${show(d.expected)}, made ${show(d.made)}`,
      );
  return lines;
}

export function compareNotifications(
  expected: readonly ExpectedNotification[],
  rendered: readonly RenderedNotification[],
): string[] {
  const problems: string[] = [];
  const n = Math.max(expected.length, rendered.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const r = rendered[i];
    const at = `notification ${i + 1}`;
    if (!e && r) problems.push(`  ${at}: not expected, rendered to ${list(r.to)} "${r.subject}"`);
    else if (e && !r) problems.push(`  ${at}: expected to ${list(e.to)}, none rendered`);
    else if (e && r) {
      if (!sameSet(e.to, r.to)) problems.push(`  ${at}: to expected ${list(e.to)}, rendered ${list(r.to)}`);
      if (e.subject !== undefined && e.subject !== r.subject)
        problems.push(`  ${at}: subject expected ${show(e.subject)}, rendered ${show(r.subject)}`);
      for (const s of e.contains ?? [])
        if (!r.body.includes(s)) problems.push(`  ${at}: the body does not contain ${show(s)}`);
    }
  }
  return problems.length ? ['notifications differ:', ...problems] : [];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
}

const list = (ids: readonly string[]) => (ids.length ? `[${ids.join(', ')}]` : '[] (none)');

function show(v: unknown): string {
  return v === undefined ? '(absent)' : JSON.stringify(v);
}
