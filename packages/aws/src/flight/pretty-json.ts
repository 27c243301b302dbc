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

/**
 * Runs of elements up to about this many bytes are parsed together: well under V8's 128 KB for a
 * large object, and under the 100 KB from which `JSON.parse` puts what it makes in the old
 * generation (runs of 100 KB measured no faster on the medium bench account and 0.3 s slower on
 * the large one: the resources no policy keeps then wait there for a full collection).
 */
const RUN_BYTES = 48 * 1024;
/** The bytes held at a time; a run longer than this (one huge element) grows the window. */
const WINDOW_BYTES = 256 * 1024;
/** How far into the file the list must start, in lines, and how close to its end it must end. */
const HEAD_LINES = 64;
const TAIL_BYTES = 64 * 1024;
/** Marks the list in the parse of the file without its elements (see `listIn`). */
const MARK = 'c7n-ts:elements';

const NEWLINE = 10;
const SPACE = 32;

/** Where the bytes come from: a file (read a window at a time) or, in tests, a buffer. */
export interface ByteSource {
  readonly size: number;
  /** Copies up to `length` bytes at `position` into `into` at `offset`; answers how many. */
  read(into: Buffer, offset: number, length: number, position: number): number;
}

export interface PrettyJsonOptions {
  /** Tests use a few bytes for each, to cross run and window boundaries often. */
  runBytes?: number;
  windowBytes?: number;
  /** A window kept from an earlier call, whose buffer is reused (the caller's, one per run). */
  window?: Window;
}

/**
 * The value of the JSON text `source` holds, or `undefined` when it is not laid out as above (or
 * the source ends short of its size).
 */
export function parsePrettyJson(source: ByteSource, options: PrettyJsonOptions = {}): unknown {
  const runBytes = options.runBytes ?? RUN_BYTES;
  const at = options.window ?? new Window(options.windowBytes ?? WINDOW_BYTES);
  at.open(source);
  try {
    const list = findList(at);
    if (!list) return undefined;
    const { path, open, first, elementIndent, listIndent } = list;
    const pad = ' '.repeat(elementIndent);
    // From the end: the page's list is the last thing in it but for a `NextToken`. Were a later
    // list of objects at the same depth found instead, a run would span the two and not parse.
    const last = at.findLast(Buffer.from(`\n${pad}}\n${' '.repeat(listIndent)}]`), TAIL_BYTES);
    if (last <= first) return undefined;
    const close = last + 1 + elementIndent + 2 + listIndent; // the list's "]"
    const outer = JSON.parse(`${at.text(0, open + 1)}${JSON.stringify(MARK)}${at.text(close, source.size)}`);
    const elements = listIn(outer, path);
    if (!elements) return undefined;
    elements.length = 0;
    const between = Buffer.from(`\n${pad}},\n${pad}{`);
    for (let start = first; ; ) {
      // A run ends at the first boundary between elements past `runBytes`: only that stretch is
      // searched, not the whole page.
      let next = at.find(between, start + runBytes, start - 1);
      if (next > last) next = -1;
      // Just past the "}" of the run's last element.
      const end = (next < 0 ? last : next) + 1 + elementIndent + 1;
      const run = JSON.parse(at.listText(start, end)) as unknown[];
      for (let i = 0; i < run.length; i++) elements.push(run[i]);
      if (next < 0) return outer;
      start = next + between.length - 1;
    }
  } catch {
    return undefined;
  } finally {
    at.close();
  }
}

/** A stretch of the source in a buffer reused from one stretch (and one file) to the next. */
export class Window {
  private bytes: Buffer;
  private source: ByteSource | undefined;
  /** The source's bytes [from, to) are in `bytes` from 0. */
  private from = 0;
  private to = 0;

  constructor(size = WINDOW_BYTES) {
    this.bytes = Buffer.allocUnsafeSlow(size);
  }

  open(source: ByteSource): void {
    this.source = source;
    this.from = this.to = 0;
  }

  close(): void {
    this.source = undefined;
  }

  get size(): number {
    return (this.source as ByteSource).size;
  }

  byte(at: number): number {
    return this.bytes[this.hold(at, at + 1)] as number;
  }

  text(from: number, to: number): string {
    const o = this.hold(from, to);
    return this.bytes.toString('utf8', o, o + to - from);
  }

  /**
   * The elements [from, to) as the text of a list: the byte before them (indentation) and the
   * one after (a comma or newline) are the brackets for the while. A text joined with brackets
   * (`[${text}]`) is flattened by `JSON.parse` into a second copy: 127 MB more on the medium
   * bench account.
   */
  listText(from: number, to: number): string {
    const o = this.hold(from - 1, to + 1);
    const { bytes } = this;
    const before = bytes[o] as number;
    const after = bytes[o + to - from + 1] as number;
    bytes[o] = 0x5b; // [
    bytes[o + to - from + 1] = 0x5d; // ]
    try {
      return bytes.toString('utf8', o, o + to - from + 2);
    } finally {
      bytes[o] = before;
      bytes[o + to - from + 1] = after;
    }
  }

  /** Where `pattern` starts at or after `at`, or -1; the window is refilled from `keep` on. */
  find(pattern: Buffer, at: number, keep = at): number {
    for (;;) {
      if (at + pattern.length > this.size) return -1;
      if (at < this.from || at + pattern.length > this.to) this.fill(Math.min(keep, at), at + pattern.length);
      const i = this.bytes.subarray(0, this.to - this.from).indexOf(pattern, at - this.from);
      if (i >= 0) return this.from + i;
      if (this.to >= this.size) return -1;
      at = this.to - pattern.length + 1;
    }
  }

  /** Where `pattern` last starts in the last `within` bytes, or -1. */
  findLast(pattern: Buffer, within: number): number {
    const from = Math.max(0, this.size - within);
    const o = this.hold(from, this.size);
    const i = this.bytes.subarray(o, o + this.size - from).lastIndexOf(pattern);
    return i < 0 ? -1 : from + i;
  }

  /** The offset in `bytes` of the source's byte `from`, [from, to) being held. */
  private hold(from: number, to: number): number {
    if (from < this.from || to > this.to) this.fill(from, to);
    return from - this.from;
  }

  /** Reads as much as fits from `from` on; throws (caught above) when `to` is past the end. */
  private fill(from: number, to: number): void {
    if (to - from > this.bytes.length) this.bytes = Buffer.allocUnsafeSlow(2 * (to - from));
    const source = this.source as ByteSource;
    const want = Math.min(this.bytes.length, source.size - from);
    let n = 0;
    while (n < want) {
      const got = source.read(this.bytes, n, want - n, from + n);
      if (got <= 0) break;
      n += got;
    }
    this.from = from;
    this.to = from + n;
    if (this.to < to) throw new RangeError('flight file shorter than its size');
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
function findList(at: Window): List | undefined {
  if (at.size < 2 || at.byte(0) !== 0x7b || at.byte(1) !== NEWLINE) return undefined;
  const newline = Buffer.from('\n');
  const path: string[] = [];
  let unit = 0;
  let start = 2;
  for (let line = 0; line < HEAD_LINES; line++) {
    const end = at.find(newline, start);
    if (end < 0) return undefined;
    let indent = 0;
    while (start + indent < end && at.byte(start + indent) === SPACE) indent++;
    if (unit === 0) unit = indent;
    if (unit === 0 || indent !== unit * (path.length + 1)) return undefined;
    const member = MEMBER.exec(at.text(start + indent, end));
    if (!member) return undefined;
    const [, name, rest] = member as unknown as [string, string, string];
    if (rest === '{') path.push(JSON.parse(name) as string);
    else if (rest === '[') {
      const elementIndent = indent + unit;
      const next = end + 1 + elementIndent;
      if (next + 1 >= at.size || at.byte(next) !== 0x7b || at.byte(next + 1) !== NEWLINE) return undefined;
      for (let i = end + 1; i < next; i++) if (at.byte(i) !== SPACE) return undefined;
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
