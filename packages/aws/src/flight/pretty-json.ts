/**
 * `JSON.parse` of a large pretty-printed flight file in pieces, without one string of the whole
 * file (issue 17).
 *
 * A page of a replayed listing is about 10 MB of text. As one string it is a large object to V8:
 * fresh memory from the kernel on every page, which on a virtual machine costs more than
 * decoding and parsing it (37 ms of page faults against 10 ms for the same bytes in pieces), and
 * 10 MB more at the peak. Flight files are written indented (placebo's `indent=4`, our
 * `writeRecordFile`), and indented JSON has a newline only between tokens (a string cannot hold
 * one), so the elements of the page's list can be found by their indentation alone:
 *
 * ```
 *         "Reservations": [          <- the first list of objects, every line before it opens
 *             {                         an object or is a scalar member
 *                 ...
 *             },                     <- "\n" + 12 spaces + "},\n" + 12 spaces + "{" between two
 *             {                         elements (deeper lines have more spaces)
 *                 ...
 *             }                      <- "\n" + 12 spaces + "}\n" + 8 spaces + "]" after the last
 *         ],
 * ```
 *
 * The file without the list's elements is parsed, then runs of elements, each a string small
 * enough to stay out of V8's large-object space, are parsed and appended. When each piece
 * parses, the whole file is valid JSON with the same value (JSON's grammar puts a list of
 * values wherever an empty list was); anything else (a compact or hand-edited file, another
 * shape) answers `undefined`, and the caller parses the whole text as before.
 */

/** Runs of elements up to about this many bytes are parsed together: well under V8's 128 KB. */
const RUN_BYTES = 48 * 1024;
/** How far into the file the list must start. */
const HEAD_LINES = 64;
/** Marks the list in the parse of the file without its elements (see `listIn`). */
const MARK = 'c7n-ts:elements';

const NEWLINE = 10;
const SPACE = 32;

/**
 * The value of the JSON text in `bytes` up to `length`, or `undefined` when it is not laid out
 * as above. `runBytes` is for tests, which need runs of a few elements.
 */
export function parsePrettyJson(bytes: Buffer, length: number, runBytes = RUN_BYTES): unknown {
  const list = findList(bytes, length);
  if (!list) return undefined;
  const { path, open, first, elementIndent, listIndent } = list;
  const pad = ' '.repeat(elementIndent);
  // From the end: the page's list is the last thing in it but for a `NextToken`. Were a later
  // list of objects at the same depth found instead, a run would span the two and not parse.
  const last = bytes.lastIndexOf(`\n${pad}}\n${' '.repeat(listIndent)}]`, length - 1);
  if (last <= first) return undefined;
  const close = last + 1 + elementIndent + 2 + listIndent; // the list's "]"
  try {
    const outer = JSON.parse(
      `${bytes.toString('utf8', 0, open + 1)}${JSON.stringify(MARK)}${bytes.toString('utf8', close, length)}`,
    );
    const elements = listIn(outer, path);
    if (!elements) return undefined;
    elements.length = 0;
    const between = Buffer.from(`\n${pad}},\n${pad}{`);
    for (let start = first; ; ) {
      // A run ends at the first boundary between elements past `runBytes`: only that stretch is
      // searched, not the whole page.
      let at = bytes.indexOf(between, start + runBytes);
      if (at > last) at = -1;
      // Just past the "}" of the run's last element.
      const end = (at < 0 ? last : at) + 1 + elementIndent + 1;
      const run = JSON.parse(`[${bytes.toString('utf8', start, end)}]`) as unknown[];
      for (let i = 0; i < run.length; i++) elements.push(run[i]);
      if (at < 0) return outer;
      start = at + between.length - 1;
    }
  } catch {
    return undefined;
  }
}

interface List {
  /** Member names from the top object down to the list. */
  path: string[];
  /** Offset of the list's "[". */
  open: number;
  /** Offset of its first element's "{". */
  first: number;
  listIndent: number;
  elementIndent: number;
}

/** The first list of objects, when only object openings and scalar members come before it. */
function findList(bytes: Buffer, length: number): List | undefined {
  if (length < 2 || bytes[0] !== 0x7b || bytes[1] !== NEWLINE) return undefined;
  const path: string[] = [];
  let unit = 0;
  let start = 2;
  for (let line = 0; line < HEAD_LINES; line++) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end < 0 || end >= length) return undefined;
    let indent = 0;
    while (start + indent < end && bytes[start + indent] === SPACE) indent++;
    if (unit === 0) unit = indent;
    if (unit === 0 || indent !== unit * (path.length + 1)) return undefined;
    const member = MEMBER.exec(bytes.toString('utf8', start + indent, end));
    if (!member) return undefined;
    const [, name, rest] = member as unknown as [string, string, string];
    if (rest === '{') path.push(JSON.parse(name) as string);
    else if (rest === '[') {
      const elementIndent = indent + unit;
      const next = end + 1 + elementIndent;
      if (next + 1 >= length || bytes[next] !== 0x7b || bytes[next + 1] !== NEWLINE) return undefined;
      for (let i = end + 1; i < next; i++) if (bytes[i] !== SPACE) return undefined;
      path.push(JSON.parse(name) as string);
      return { path, open: end - 1, first: next, listIndent: indent, elementIndent };
    } else if (!rest.endsWith(',')) return undefined;
    start = end + 1;
  }
  return undefined;
}

/** `"name": rest`, rest being what follows on the line. The name has no unescaped quote. */
const MEMBER = /^("(?:[^"\\]|\\.)*"): (.+)$/;

/** The list at `path` in `outer`, if it is the one holding the mark (not a later duplicate). */
function listIn(outer: unknown, path: readonly string[]): unknown[] | undefined {
  let at = outer;
  for (const name of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.hasOwn(at, name))
      return undefined;
    at = (at as Record<string, unknown>)[name];
  }
  return Array.isArray(at) && at.length === 1 && at[0] === MARK ? at : undefined;
}
