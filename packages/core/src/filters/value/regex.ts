/**
 * Python `re` and `fnmatch` patterns as JavaScript RegExps. Policies carry Python regex
 * syntax, so the few spellings that differ are translated; anything JavaScript cannot express
 * fails to compile and `check` reports it.
 */

export interface PyRegexOptions {
  ignoreCase?: boolean;
  /** `re.match` anchors at the start only; `fullmatch`-style anchoring is not needed here. */
  anchorStart?: boolean;
}

const cache = new Map<string, RegExp>();

/**
 * Compile a Python pattern. Throws SyntaxError when it is invalid (or uses a Python-only
 * construct). Results are cached because swapped or `value_from` patterns are dynamic.
 */
export function pyRegex(pattern: string, opts: PyRegexOptions = {}): RegExp {
  const id = `${opts.ignoreCase ? 'i' : '-'}${opts.anchorStart ? 'a' : '-'}${pattern}`;
  const hit = cache.get(id);
  if (hit) return hit;
  let flags = opts.ignoreCase ? 'i' : '';
  let src = pattern;
  // Global inline flags are only legal at the start of a Python pattern.
  const inline = /^\(\?([aiLmsux]+)\)/.exec(src);
  if (inline?.[1]) {
    src = src.slice(inline[0].length);
    for (const f of inline[1]) if ('ims'.includes(f) && !flags.includes(f)) flags += f;
  }
  const body = translate(src, flags.includes('m'));
  const re = new RegExp(opts.anchorStart ? `^(?:${body})` : body, flags);
  if (cache.size > 5000) cache.clear();
  cache.set(id, re);
  return re;
}

/** Rewrite Python-only spellings: named groups, \A, \Z, and `$` (which also matches before a final newline). */
function translate(src: string, multiline: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      i++;
      if (!inClass && n === 'A') out += '^';
      else if (!inClass && n === 'Z') out += '$';
      else out += `\\${n}`;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
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
    if (src.startsWith('(?P<', i)) {
      out += '(?<';
      i += 3;
      continue;
    }
    const backref = /^\(\?P=(\w+)\)/.exec(src.slice(i));
    if (backref) {
      out += `\\k<${backref[1]}>`;
      i += backref[0].length - 1;
      continue;
    }
    if (c === '$' && !multiline) {
      out += '(?=\\n?$)';
      continue;
    }
    out += c;
  }
  return out;
}

/** Number of capturing groups in a compiled pattern. */
export function groupCount(re: RegExp): number {
  return (new RegExp(`${re.source}|`, re.flags.replace('y', '')).exec('')?.length ?? 1) - 1;
}

/** `fnmatch.fnmatch` on POSIX: case-sensitive, `*` crosses `/`, whole-string match. */
export function globRegex(pattern: string): RegExp {
  const id = `glob:${pattern}`;
  const hit = cache.get(id);
  if (hit) return hit;
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '!') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j++;
      if (j >= pattern.length) out += '\\[';
      else {
        let stuff = pattern.slice(i + 1, j).replace(/\\/g, '\\\\');
        if (stuff.startsWith('!')) stuff = `^${stuff.slice(1)}`;
        else if (stuff.startsWith('^')) stuff = `\\${stuff}`;
        out += `[${stuff.replace(/\]/g, '\\]')}]`;
        i = j;
      }
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  const re = new RegExp(`^${out}$`);
  cache.set(id, re);
  return re;
}
