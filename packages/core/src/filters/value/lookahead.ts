/**
 * The two lookahead idioms Cloud Custodian policies use, run without backtracking. RE2 has no
 * lookaround, but these two only look at fixed places, so each piece runs on RE2 and the
 * results are combined in linear time:
 *
 * - leading lookaheads, `^(?!prod-)web-.*` or `(?=.*-east)(?!.*test)` under `re.match`: each
 *   lookahead is a match of its own at the start;
 * - the "tempered token" `^((?!c7n).)*$` ("does not contain c7n", from Cloud Custodian's docs):
 *   the value has no newline and no match of the avoided pattern starts inside it.
 *
 * Anything else with lookaround is still refused by the translator.
 */

/** A compiled piece: search (`find`) or match at the start (`prefix`). */
export interface Piece {
  test(s: string): boolean;
  exec(s: string): (string | undefined)[] | null;
  groupCount(): number;
  /** Index where the leftmost match starts, or -1. */
  firstIndex(s: string): number;
}

export type CompilePiece = (src: string, mode: 'prefix' | 'search') => Piece;

/** A composite pattern (same surface as a compiled RE2 pattern). */
export interface Composite {
  test(s: string): boolean;
  exec(s: string): (string | undefined)[] | null;
  groupCount(): number;
}

/** Index just past the group opened at `open` (`src[open] === '('`), or -1. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      // `[]...]` and `[^]...]`: the first `]` is literal.
      if (src[i + 1] === '^') i++;
      if (src[i + 1] === ']') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Strips `^` or `\A` at the start; `anchored` says whether one was there. */
function leadingAnchor(src: string): { anchored: boolean; body: string } {
  if (src.startsWith('^')) return { anchored: true, body: src.slice(1) };
  if (src.startsWith('\\A')) return { anchored: true, body: src.slice(2) };
  return { anchored: false, body: src };
}

/**
 * The composite for `src` (Python syntax, inline flags already taken off), or undefined when
 * it is neither idiom. `atStart` is true for `re.match` semantics; a searching pattern needs its
 * own `^` for the lookaheads to sit at one place. `multiline`/`dotall` are the pattern's flags.
 */
export function lookaheadPattern(
  src: string,
  opts: { atStart: boolean; multiline: boolean; dotall: boolean },
  compile: CompilePiece,
): Composite | undefined {
  const { anchored, body } = leadingAnchor(src);
  if (!anchored && !opts.atStart) return undefined;
  // `^` under (?m) also matches after each newline: more places than one.
  if (anchored && opts.multiline && !opts.atStart && src.startsWith('^')) return undefined;
  return tempered(body, opts, compile) ?? leading(body, compile);
}

function leading(body: string, compile: CompilePiece): Composite | undefined {
  const looks: { negative: boolean; piece: Piece }[] = [];
  let rest = body;
  while (rest.startsWith('(?=') || rest.startsWith('(?!')) {
    const end = groupEnd(rest, 0);
    if (end < 0) return undefined;
    const piece = compile(rest.slice(3, end - 1), 'prefix');
    const negative = rest[2] === '!';
    // Groups of a positive lookahead capture, and would shift value_regex's numbering.
    if (!negative && piece.groupCount() > 0) return undefined;
    looks.push({ negative, piece });
    rest = rest.slice(end);
  }
  if (looks.length === 0) return undefined;
  const main = compile(rest, 'prefix');
  const pass = (s: string) => looks.every((l) => l.piece.test(s) !== l.negative);
  return {
    test: (s) => pass(s) && main.test(s),
    exec: (s) => (pass(s) ? main.exec(s) : null),
    groupCount: () => main.groupCount(),
  };
}

/** `((?!X).)*$`, `(?:(?!X).)*$`, with `\Z` for `$`; nothing may follow. */
function tempered(
  body: string,
  opts: { multiline: boolean; dotall: boolean },
  compile: CompilePiece,
): Composite | undefined {
  const capturing = body.startsWith('((?!');
  if (!capturing && !body.startsWith('(?:(?!')) return undefined;
  const outerEnd = groupEnd(body, 0);
  const inner = capturing ? 1 : 3;
  const lookEnd = groupEnd(body, inner);
  if (outerEnd < 0 || lookEnd < 0 || body.slice(lookEnd, outerEnd) !== '.)') return undefined;
  const tail = body.slice(outerEnd);
  const end = tail === '*$' ? '$' : tail === '*\\Z' ? 'Z' : undefined;
  if (!end || (end === '$' && opts.multiline)) return undefined;
  // Groups inside a negative lookahead never capture.
  const avoid = compile(body.slice(inner + 3, lookEnd - 1), 'search');
  const run = (s: string): string | undefined => {
    // Python's `$` also matches before a final newline, which `.` then need not consume.
    const t = end === '$' && s.endsWith('\n') ? s.slice(0, -1) : s;
    if (!opts.dotall && t.includes('\n')) return undefined;
    const at = avoid.firstIndex(s);
    return at >= 0 && at < t.length ? undefined : t;
  };
  return {
    test: (s) => run(s) !== undefined,
    exec(s) {
      const t = run(s);
      if (t === undefined) return null;
      return capturing ? [t, t.length ? t.slice(-1) : undefined] : [t];
    },
    groupCount: () => (capturing ? 1 : 0),
  };
}
