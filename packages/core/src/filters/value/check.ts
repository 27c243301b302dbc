/**
 * Semantic checks of value filter options, after schema validation: what c7n's
 * `ValueFilter.validate` rejects, plus combinations that can never match.
 */
import type { Problem } from '../../define/types.js';
import { parseCidr } from './cidr.js';
import { parseDate } from './dates.js';
import { compileJmespath } from './jmespath.js';
import { compileKey } from './key.js';
import type { ValueOptions } from './matcher.js';
import { PATTERN_OPS } from './ops.js';
import { groupCount, pyRegex, UNSUPPORTED_TAIL, UnsupportedRegexError } from './regex.js';
import { inferFormat, valueFromProblems } from './value-from.js';
import { NON_STRING_TYPES } from './value-types.js';

export const valueMessages = {
  'missing-key': 'The value filter needs a `key`.',
  'missing-value': 'The value filter needs `value`, `value_from` or `value_path`.',
  'invalid-key': 'The key is not a valid expression.',
  'invalid-regex': 'The value is not a valid regular expression.',
  'unsupported-regex': 'This regular expression cannot run:',
  'glob-list':
    'glob takes one pattern: with a list it never matches (as in Cloud Custodian); use an `or` of globs or a regex.',
  'invalid-value-regex': 'value_regex must compile and have exactly one capture group.',
  'incompatible-op': 'This operator cannot apply to the converted value.',
  'invalid-age-value': 'age and expiration take a number of days.',
  'invalid-date-value': 'value_type date needs a parseable date.',
  'resource-count-value': 'resource_count compares with a number.',
  'resource-count-op': 'resource_count needs a comparison operator (not regex) and no value_regex.',
  'invalid-mod-value': 'mod takes a non-zero number (the divisor).',
  'needs-collection': 'This operator needs a list (or string) value.',
  'in-string-value': 'in/not-in with a string value tests for a substring.',
  'invalid-cidr': 'The value is not a CIDR or IP address.',
  'value-from-format': 'Cannot tell the format of value_from; set `format`.',
  'value-from-expr': 'value_from expr is invalid for this format.',
  'value-ignored': '`value` is ignored when `value_from` is set.',
  'value-from-outside': "value_from may read local files only inside the policy file's folder.",
} as const;

type Id = keyof typeof valueMessages;

function p(messageId: Id, path: (string | number)[], detail?: string, severity?: 'warning'): Problem {
  const base = valueMessages[messageId];
  return {
    messageId,
    message: detail ? `${base} ${detail}` : base,
    path,
    ...(severity ? { severity } : {}),
  };
}

/** A regex compile failure as a Problem: RE2's missing constructs get their own id. */
function regexProblem(fallback: Id, path: string[], e: unknown): Problem {
  return e instanceof UnsupportedRegexError
    ? p('unsupported-regex', path, `it uses ${e.construct}, which ${UNSUPPORTED_TAIL}`)
    : p(fallback, path, errText(e));
}

function errText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** `baseDir`: the policy file's folder, where a local `value_from` path must stay. */
export function checkValueOptions(opts: ValueOptions, baseDir?: string): Problem[] {
  const out: Problem[] = [];
  const { op, value, value_type: vtype } = opts;
  const has = (k: keyof ValueOptions) => Object.hasOwn(opts, k);

  if (vtype === 'resource_count') {
    if (!has('op')) out.push(p('resource-count-op', [], 'Add `op`.'));
    else if (op === 'regex' || op === 'regex-case') out.push(p('resource-count-op', ['op']));
    if (has('value_regex')) out.push(p('resource-count-op', ['value_regex']));
    if (!has('value')) out.push(p('missing-value', []));
    else if (!(typeof value === 'number' && Number.isInteger(value)) && !Array.isArray(value))
      out.push(p('resource-count-value', ['value']));
    return out;
  }

  if (opts.key === undefined) out.push(p('missing-key', []));
  else {
    try {
      compileKey(opts.key);
    } catch (e) {
      out.push(p('invalid-key', ['key'], errText(e)));
    }
  }
  if (!has('value') && !has('value_from') && !has('value_path')) out.push(p('missing-value', []));
  if (has('value') && has('value_from')) out.push(p('value-ignored', ['value'], undefined, 'warning'));
  if (opts.value_path !== undefined) {
    try {
      compileJmespath(opts.value_path);
    } catch (e) {
      out.push(p('invalid-key', ['value_path'], errText(e)));
    }
  }

  if (opts.value_regex !== undefined) {
    try {
      const n = groupCount(pyRegex(opts.value_regex, { anchorStart: true }));
      if (n !== 1) out.push(p('invalid-value-regex', ['value_regex'], `It has ${n}.`));
    } catch (e) {
      out.push(regexProblem('invalid-value-regex', ['value_regex'], e));
    }
  }

  const literal = has('value') && !has('value_from') && opts.value_path === undefined;
  const swapped = vtype === 'swap' || vtype === 'expr';

  if (op && PATTERN_OPS.has(op)) {
    if (vtype && NON_STRING_TYPES.has(vtype))
      out.push(
        p('incompatible-op', ['op'], `${op} compares strings; value_type ${vtype} does not produce one.`),
      );
    else if (literal && !swapped && op !== 'glob') {
      if (typeof value !== 'string') out.push(p('invalid-regex', ['value'], 'It must be a string.'));
      else
        try {
          pyRegex(value, { anchorStart: true });
        } catch (e) {
          out.push(regexProblem('invalid-regex', ['value'], e));
        }
    } else if (literal && !swapped && Array.isArray(value))
      // c7n accepts it; fnmatch's TypeError then makes every comparison false.
      out.push(p('glob-list', ['value'], undefined, 'warning'));
    else if (literal && !swapped && typeof value !== 'string')
      out.push(p('invalid-regex', ['value'], 'A glob pattern must be a string.'));
  }

  if (vtype === 'age' || vtype === 'expiration') {
    if (literal && (typeof value !== 'number' || Number.isNaN(value)))
      out.push(p('invalid-age-value', ['value']));
  }
  if (vtype === 'date' && literal && !parseDate(value)) out.push(p('invalid-date-value', ['value']));
  if (vtype === 'cidr' && literal && (typeof value === 'string' || Array.isArray(value))) {
    const items = Array.isArray(value) ? value : [value];
    if (items.some((x) => parseCidr(x) === undefined)) out.push(p('invalid-cidr', ['value']));
  }
  if (vtype === 'expr' && literal) {
    if (typeof value !== 'string') out.push(p('invalid-key', ['value'], 'value_type expr takes a key.'));
    else
      try {
        compileKey(value);
      } catch (e) {
        out.push(p('invalid-key', ['value'], errText(e)));
      }
  }

  if (literal && !swapped && vtype !== 'cidr') {
    const scalar = value === null || typeof value === 'number' || typeof value === 'boolean';
    if (op === 'mod' && (typeof value !== 'number' || value === 0))
      out.push(p('invalid-mod-value', ['value']));
    if ((op === 'in' || op === 'ni' || op === 'not-in') && scalar) out.push(p('needs-collection', ['value']));
    if ((op === 'in' || op === 'ni' || op === 'not-in') && typeof value === 'string' && !vtype)
      out.push(p('in-string-value', ['value'], undefined, 'warning'));
    if ((op === 'difference' || op === 'intersect') && scalar) out.push(p('needs-collection', ['value']));
  }

  const vf = opts.value_from;
  if (vf) {
    out.push(...valueFromProblems(vf, baseDir, ['value_from']));
    const fmt = inferFormat(vf);
    if (!fmt) out.push(p('value-from-format', ['value_from', 'url']));
    if (typeof vf.expr === 'number' && fmt !== 'csv')
      out.push(p('value-from-expr', ['value_from', 'expr'], 'A column index needs format csv.'));
    if (typeof vf.expr === 'string' && !vf.expr.includes('{'))
      try {
        compileJmespath(vf.expr);
      } catch (e) {
        out.push(p('value-from-expr', ['value_from', 'expr'], errText(e)));
      }
  }
  return out;
}
