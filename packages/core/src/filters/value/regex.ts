/**
 * Python `re` and `fnmatch` patterns on a linear-time engine (re2js, RE2 semantics). A policy's
 * pattern runs against every resource, and a backtracking engine lets `(a+)+$` take minutes on a
 * 41-character tag; RE2 cannot. Policies carry Python syntax, so the few spellings that differ
 * are translated, and the constructs RE2 lacks (backreferences, lookaround, ...) are refused with
 * a sentence naming them; docs/regex.md lists them.
 */
import { RE2JS } from 're2js';
import { lookaheadPattern } from './lookahead.js';

export interface PyRegexOptions {
  ignoreCase?: boolean;
  /** `re.match` anchors at the start only; `fullmatch`-style anchoring is not needed here. */
  anchorStart?: boolean;
}

/** A compiled pattern: `test` and `exec` behave as RegExp's (exec's unset groups are undefined). */
export interface Pattern {
  test(s: string): boolean;
  exec(s: string): (string | undefined)[] | null;
  groupCount(): number;
}

/**
 * re2js answers a whole-string match (`testExact`) on its DFA several times faster than a search,
 * so a test anchored at the start runs as a whole match of `pattern(?s:.*)`; `exec` (value_regex
 * captures) compiles the searching form on first use.
 */
class Re2Pattern implements Pattern {
  private readonly whole: RE2JS;
  private search?: RE2JS;
  constructor(
    private readonly source: string,
    private readonly flags: number,
    private readonly mode: 'prefix' | 'whole' | 'search',
  ) {
    try {
      this.whole = RE2JS.compile(mode === 'prefix' ? `^(?:${source})(?s:.*)` : source, flags);
    } catch (err) {
      // The engine's message quotes the pattern it compiled: the user's, not the wrapped one.
      if (mode === 'prefix') RE2JS.compile(source, flags);
      throw err;
    }
  }
  test(s: string): boolean {
    return this.mode === 'search' ? this.whole.test(s) : this.whole.testExact(s);
  }
  exec(s: string): (string | undefined)[] | null {
    this.search ??=
      this.mode === 'search'
        ? this.whole
        : RE2JS.compile(
            this.mode === 'prefix' ? `\\A(?:${this.source})` : `\\A(?:${this.source})\\z`,
            this.flags,
          );
    return this.search.exec(s);
  }
  groupCount(): number {
    return this.whole.groupCount();
  }
  /** Where the leftmost match starts (a searching pattern), or -1. */
  firstIndex(s: string): number {
    const m = this.whole.matcher(s);
    return m.find() ? m.start() : -1;
  }
}

/** A Python construct the linear-time engine cannot run. */
export class UnsupportedRegexError extends SyntaxError {
  constructor(readonly construct: string) {
    super(`The pattern uses ${construct}, which ${UNSUPPORTED_TAIL}`);
  }
}

export const UNSUPPORTED_TAIL = "c7n-ts's linear-time regex engine does not support (see docs/regex.md).";

const cache = new Map<string, Pattern>();

function cached(id: string, build: () => Pattern): Pattern {
  const hit = cache.get(id);
  if (hit) return hit;
  const re = build();
  if (cache.size > 5000) cache.clear();
  cache.set(id, re);
  return re;
}

/**
 * Compile a Python pattern. Throws SyntaxError when it is invalid, and UnsupportedRegexError
 * when it uses a construct RE2 lacks. Results are cached because swapped or `value_from`
 * patterns are dynamic.
 */
export function pyRegex(pattern: string, opts: PyRegexOptions = {}): Pattern {
  const id = `${opts.ignoreCase ? 'i' : '-'}${opts.anchorStart ? 'a' : '-'}${pattern}`;
  return cached(id, () => {
    let flags = opts.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0;
    let src = pattern;
    // Global inline flags are only legal at the start of a Python pattern.
    const inline = /^\(\?([aiLmsux]+)\)/.exec(src);
    if (inline?.[1]) {
      src = src.slice(inline[0].length);
      if (inline[1].includes('x')) unsupported('verbose mode (?x)');
      if (inline[1].includes('i')) flags |= RE2JS.CASE_INSENSITIVE;
      if (inline[1].includes('m')) flags |= RE2JS.MULTILINE;
      if (inline[1].includes('s')) flags |= RE2JS.DOTALL;
      // a, L and u choose ASCII/locale/Unicode classes; RE2's \d \w \s are ASCII either way.
    }
    const multiline = (flags & RE2JS.MULTILINE) !== 0;
    const piece = (part: string, mode: 'prefix' | 'search') =>
      new Re2Pattern(translate(part, multiline), flags, mode);
    try {
      const composite = lookaheadPattern(
        src,
        { atStart: Boolean(opts.anchorStart), multiline, dotall: (flags & RE2JS.DOTALL) !== 0 },
        piece,
      );
      return composite ?? piece(src, opts.anchorStart ? 'prefix' : 'search');
    } catch (e) {
      if (e instanceof UnsupportedRegexError) throw e;
      // re2js's messages quote the translated pattern; say what is wrong with the policy's.
      const why = e instanceof Error ? e.message.replace(/^error parsing regexp: /, '') : String(e);
      throw new SyntaxError(why);
    }
  });
}

function unsupported(what: string): never {
  throw new UnsupportedRegexError(what);
}

/** Group openings RE2 has no equivalent for, by what follows `(?`. */
const UNSUPPORTED_GROUPS: [string, string][] = [
  ['=', 'a lookahead'],
  ['!', 'a negative lookahead'],
  ['<=', 'a lookbehind'],
  ['<!', 'a negative lookbehind'],
  ['P=', 'a named backreference'],
  ['(', 'a conditional group'],
  ['>', 'an atomic group'],
];

/**
 * Rewrite Python spellings RE2 reads differently: `\Z`, `\uXXXX`, `$` (which in Python also
 * matches before a final newline), `(?#...)` comments and literal `]` first in a class; refuse
 * what RE2 cannot express.
 */
function translate(src: string, multiline: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      i++;
      if (!inClass && /[1-9]/.test(n)) unsupported(`a backreference (\\${n})`);
      if (n === 'Z' && !inClass) out += '\\z';
      else if (n === 'u' || n === 'U') {
        const len = n === 'u' ? 4 : 8;
        const hex = src.slice(i + 1, i + 1 + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw new SyntaxError(`bad escape \\${n}${hex}`);
        out += `\\x{${hex}}`;
        i += len;
      } else if (/[A-Za-z0-9]/.test(n) || /[!-/:-@[-`{-~]/.test(n)) out += `\\${n}`;
      // Python lets any other character be escaped; RE2 only ASCII punctuation.
      else out += n;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (c === '[') {
        // A lone `[` in a class is literal in Python; RE2 would read `[:` as a POSIX class.
        out += '\\[';
        continue;
      }
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is literal in Python.
      if (src[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (src[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (src.startsWith('(?', i)) {
      const rest = src.slice(i + 2);
      for (const [open, what] of UNSUPPORTED_GROUPS) if (rest.startsWith(open)) unsupported(what);
      if (rest.startsWith('#')) {
        const end = src.indexOf(')', i);
        if (end < 0) throw new SyntaxError('missing ), unterminated comment');
        i = end;
        continue;
      }
    }
    if ((c === '*' || c === '+' || c === '?' || c === '}') && src[i + 1] === '+')
      unsupported('a possessive quantifier');
    if (c === '$' && !multiline) {
      // Consuming the newline changes no match result and no capture that stops before `$`.
      out += '(?:\\n?\\z)';
      continue;
    }
    out += c;
  }
  return out;
}

/** Number of capturing groups in a compiled pattern. */
export function groupCount(re: Pattern): number {
  return re.groupCount();
}

/** `fnmatch.fnmatch` on POSIX: case-sensitive, `*` crosses `/`, whole-string match. */
export function globRegex(pattern: string): Pattern {
  return cached(`glob:${pattern}`, () => {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i] as string;
      if (c === '*') out += '(?s:.*)';
      else if (c === '?') out += '(?s:.)';
      else if (c === '[') {
        let j = i + 1;
        if (pattern[j] === '!') j++;
        if (pattern[j] === ']') j++;
        while (j < pattern.length && pattern[j] !== ']') j++;
        if (j >= pattern.length) out += '\\[';
        else {
          let stuff = pattern.slice(i + 1, j).replace(/[\\[\]]/g, '\\$&');
          if (stuff.startsWith('!')) stuff = `^${stuff.slice(1)}`;
          else if (stuff.startsWith('^')) stuff = `\\${stuff}`;
          out += `[${stuff}]`;
          i = j;
        }
      } else out += /[!-/:-@[-`{-~]/.test(c) ? `\\${c}` : c;
    }
    return new Re2Pattern(out, 0, 'whole');
  });
}
