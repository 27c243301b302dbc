/**
 * Where a run writes its files. Every write is atomic: a temp file in the same directory,
 * then rename, so an interrupted run leaves the previous files whole. Logs are appended line by
 * line as the run goes, so a run that is killed keeps the log of what it did.
 *
 * Local files are written with synchronous calls behind the promise-returning interface. Each
 * asynchronous file call is a round trip through libuv's thread pool, and the run has nothing
 * else to do meanwhile: on the bench's medium account some 0.25 s of the run was the main
 * thread idle, waiting on mkdir, open, write, close and rename of the 30 policies' files
 * (issue 17). The calls cost the same CPU either way; in a live run, an API answer that arrives
 * meanwhile waits for the page being written (its matches for every policy) to be read.
 */
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

export interface OutputSink {
  /** A description for messages, e.g. the directory or s3 URL. */
  readonly location: string;
  /** Claims the location for this run (a lock); throws `OutputBusyError` when another run has it. */
  open?(): Promise<void>;
  write(relPath: string, content: string): Promise<void>;
  /**
   * Writes `chunks` in order as one file, as atomically as `write`, without joining them in
   * memory first (a large resources.json). Sinks without it get the joined text through `write`.
   */
  writeChunks?(relPath: string, chunks: Iterable<string>): Promise<void>;
  /**
   * Opens a file to be written in several appends and put in place whole by its `commit` (a
   * resources.json streamed a page at a time). Sinks without it are not streamed to.
   */
  openFile?(relPath: string): Promise<StreamedFile>;
  /** Appends a line to a log. */
  appendLog(relPath: string, line: string): void;
  /**
   * Removes what an earlier run left in a policy's folder (`relDir`): the named files and folders,
   * and temp files of an interrupted write, so no file there describes another run.
   */
  clear?(relDir: string, names: readonly string[]): Promise<void>;
  /** Writes what is pending and releases the location. */
  close(): Promise<void>;
}

/** Another run (a live process) is writing to the same output location. */
export class OutputBusyError extends Error {
  constructor(
    readonly location: string,
    readonly pid: number,
  ) {
    super(
      `${location} is in use by another c7n-ts run (process ${pid}); wait for it to finish or use another -s`,
    );
    this.name = 'OutputBusyError';
  }
}

const TEMP = /^\.[0-9a-f]{12}\.tmp$/;

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const tmp = tempFor(path);
  try {
    inDir(tmp, () => writeFileSync(tmp, content));
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** A temp file's name beside `path`. */
function tempFor(path: string): string {
  return join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * `create()`, which makes the file `path`; when its directory is missing, made first. (Trying
 * first costs one failed call per new directory instead of an mkdir per file.)
 */
function inDir<T>(path: string, create: () => T): T {
  try {
    return create();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    mkdirSync(dirname(path), { recursive: true });
    return create();
  }
}

/**
 * A file written in several appends and put in place whole: `commit` renames it into place,
 * `abort` removes it, so no reader ever sees half of it (a streamed resources.json, written a
 * page of resources at a time).
 */
export interface StreamedFile {
  append(chunks: Iterable<string>): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * `path` opened for appends, as atomically as `writeFileAtomic`. Appends are encoded into a
 * block of `BLOCK` bytes the file holds until it is committed, and written a block at a time, so
 * many small appends (a page's matches, a few resources at a time) cost few writes. No piece is
 * joined to another first: a joined string of a megabyte is a large object that only a full
 * collection frees (issue 17: writing resources.json had left some 2 MB of such garbage per MB
 * written, which set the run's peak memory).
 */
export async function openFileAtomic(path: string): Promise<StreamedFile> {
  const tmp = tempFor(path);
  let out: BlockWriter | undefined = new BlockWriter(inDir(tmp, () => openSync(tmp, 'w')));
  const abort = async () => {
    out?.close(false);
    out = undefined;
    rmSync(tmp, { force: true });
  };
  return {
    async append(chunks) {
      if (!out) throw new Error(`${path}: written after commit or abort`);
      try {
        out.write(chunks);
      } catch (err) {
        await abort();
        throw err;
      }
    },
    async commit() {
      if (!out) throw new Error(`${path}: written after commit or abort`);
      try {
        out.close(true);
        out = undefined;
        renameSync(tmp, path);
      } catch (err) {
        await abort();
        throw err;
      }
    },
    abort,
  };
}

/** Like `writeFileAtomic`, the text given in pieces (see `openFileAtomic`). */
export async function writeChunksAtomic(path: string, chunks: Iterable<string>): Promise<void> {
  const file = await openFileAtomic(path);
  await file.append(chunks);
  await file.commit();
}

/** Text written to a file descriptor through a block taken from a pool (see `openFileAtomic`). */
class BlockWriter {
  private block: Buffer | undefined;
  private used = 0;
  constructor(private readonly fd: number) {}

  write(chunks: Iterable<string>): void {
    for (const chunk of chunks) {
      // A UTF-16 unit takes at most 3 bytes of UTF-8: flush unless the piece surely fits.
      if (this.used + chunk.length * 3 > BLOCK) {
        this.flush();
        if (chunk.length * 3 > BLOCK) {
          writeAll(this.fd, Buffer.from(chunk));
          continue;
        }
      }
      // Reused rather than allocated per file: glibc keeps freed buffers instead of returning them.
      this.block ??= blocks.pop() ?? Buffer.allocUnsafeSlow(BLOCK);
      this.used += this.block.write(chunk, this.used);
    }
  }

  /** Writes what is pending (when `flush`) and closes the file; the block goes back to the pool. */
  close(flush: boolean): void {
    let failure: unknown;
    try {
      if (flush) this.flush();
    } catch (err) {
      failure = err;
    }
    if (this.block) blocks.push(this.block);
    this.block = undefined;
    try {
      closeSync(this.fd);
    } catch (err) {
      failure ??= err;
    }
    if (flush && failure !== undefined) throw failure;
  }

  private flush(): void {
    if (this.used && this.block) writeAll(this.fd, this.block, this.used);
    this.used = 0;
  }
}

/** Writes `length` bytes of `data` (all of it by default), however many calls that takes. */
function writeAll(fd: number, data: Buffer, length = data.length): void {
  for (let at = 0; at < length; ) at += writeSync(fd, data, at, length - at);
}

/** A file's block: the open resources.json of every policy of a listing holds one. */
const BLOCK = 256 * 1024;
const blocks: Buffer[] = [];

/** Whether two lists hold the same strings in the same order (anything else: false). */
function sameStrings(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'string' || a[i] !== b[i]) return false;
  return true;
}

/**
 * The text of `JSON.stringify(items, null, 2)` and a newline, given its items in several lots
 * (`items` for each lot, then `end`), without building one string of the whole list (issue 17:
 * that string was the largest single allocation of a run).
 */
export class JsonArrayText {
  private first = true;
  /** Member texts already made, by value (the same few `c7n:MatchedFilters` lists recur). */
  private readonly members = new Map<string, string>();
  /** The last member text made, for the next item's (most often the same list: no JSON made). */
  private last: { key: string; value: unknown[]; text: string } | undefined;

  *items(items: Iterable<unknown>): Generator<string> {
    let group: unknown[] = [];
    // A group of items as an array, indented by JSON.stringify itself: `[\n  ...\n]` less its
    // brackets (an undefined item prints as null there, as in a whole array). Groups, not single
    // items: one call per item cost a quarter more.
    // The separator and the group are yielded apart: a string made of both would be copied whole
    // when written.
    for (const item of items) {
      group.push(item);
      if (group.length === JSON_GROUP) {
        yield this.separator();
        yield JSON.stringify(group, null, 2).slice(2, -2);
        group = [];
      }
    }
    if (group.length) {
      yield this.separator();
      yield JSON.stringify(group, null, 2).slice(2, -2);
    }
  }

  /**
   * `items` as `items()` writes them, each with one more member written last, `key: extras[i]`
   * (none where `extras[i]` is undefined), without copying the items: the text of each group is
   * cut where each item's object closes, which is the only place a line is two spaces and `}`
   * (strings hold no raw newline). A group where that does not find every item (an item that
   * prints as `{}`, or already has `key`) is written from copies.
   *
   * `made` holds texts of items already made by `itemText` (items several policies matched on
   * one page): those are cut the same way instead of printed again.
   */
  *itemsWith(
    items: readonly Record<string, unknown>[],
    key: string,
    extras: readonly (unknown[] | undefined)[],
    made?: ReadonlyMap<object, string>,
  ): Generator<string> {
    let from = 0;
    if (made)
      for (let i = 0; i < items.length; i++) {
        const text = made.get(items[i]!);
        if (text === undefined) continue;
        yield* this.groupsWith(items, from, i, key, extras);
        yield this.separator();
        yield* this.cutWith(text, items, i, i + 1, [text.length - ITEM_END.length], key, extras);
        from = i + 1;
      }
    yield* this.groupsWith(items, from, items.length, key, extras);
  }

  /** Items `from` to `to` in groups of `JSON_GROUP`, with their extras (see `itemsWith`). */
  private *groupsWith(
    items: readonly Record<string, unknown>[],
    from: number,
    to: number,
    key: string,
    extras: readonly (unknown[] | undefined)[],
  ): Generator<string> {
    for (let at = from; at < to; at += JSON_GROUP) {
      const end = Math.min(at + JSON_GROUP, to);
      const text = JSON.stringify(items.slice(at, end), null, 2).slice(2, -2);
      const ends: number[] = [];
      for (let e = text.indexOf(ITEM_END); e !== -1; e = text.indexOf(ITEM_END, e + 1)) ends.push(e);
      yield this.separator();
      yield* this.cutWith(text, items, at, end, ends, key, extras);
    }
  }

  /**
   * `text`, the printed items `from` to `to` whose objects close at `ends`, with each one's extra
   * member inserted where it closes; printed again from copies when `ends` is not one per item.
   */
  private *cutWith(
    text: string,
    items: readonly Record<string, unknown>[],
    from: number,
    to: number,
    ends: readonly number[],
    key: string,
    extras: readonly (unknown[] | undefined)[],
  ): Generator<string> {
    const group = items.slice(from, to);
    if (
      ends.length !== group.length ||
      ends.some((end) => !text.startsWith(ITEM_END, end)) ||
      group.some((item) => key in item)
    ) {
      const copies = group.map((item, i) => {
        const extra = extras[from + i];
        return extra ? { ...item, [key]: extra } : item;
      });
      yield JSON.stringify(copies, null, 2).slice(2, -2);
      return;
    }
    let at = 0;
    for (const [i, end] of ends.entries()) {
      const extra = extras[from + i];
      if (!extra) continue;
      yield text.slice(at, end);
      yield this.memberText(key, extra);
      at = end;
    }
    yield at ? text.slice(at) : text;
  }

  end(): string {
    return this.first ? '[]\n' : '\n]\n';
  }

  /** `,\n    "key": value` as a member of an item: value indented two levels. */
  private memberText(key: string, value: unknown[]): string {
    const last = this.last;
    if (last && last.key === key && sameStrings(last.value, value)) return last.text;
    const id = JSON.stringify(value);
    let text = this.members.get(id);
    if (text === undefined) {
      text = `,\n    ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replaceAll('\n', '\n    ')}`;
      if (this.members.size < 1000) this.members.set(id, text);
    }
    this.last = { key, value: [...value], text };
    return text;
  }

  private separator(): string {
    const text = this.first ? '[\n' : ',\n';
    this.first = false;
    return text;
  }
}

/** An item's text as `JsonArrayText` prints it in an array (for `itemsWith`'s `made`). */
export function itemText(item: unknown): string {
  return JSON.stringify([item], null, 2).slice(2, -2);
}

/** Items per JSON.stringify call: a group's text (some 40 KB) stays a young, cheaply freed string. */
const JSON_GROUP = 16;

/** Where an item of an indented array closes: a line of two spaces and `}`. */
const ITEM_END = '\n  }';

/** Writes the text given in `chunks`, a chunk at a time when `sink` can, else joined. */
export function writeChunked(sink: OutputSink, relPath: string, chunks: Iterable<string>): Promise<void> {
  if (sink.writeChunks) return sink.writeChunks(relPath, chunks);
  return sink.write(relPath, [...chunks].join(''));
}

const LOCK = '.c7n-ts.lock';

/** A local directory. */
export class DirectorySink implements OutputSink {
  private readonly dirs = new Set<string>();
  private locked = false;
  constructor(readonly location: string) {}

  async open(): Promise<void> {
    if (this.locked) return;
    mkdirSync(this.location, { recursive: true });
    const path = join(this.location, LOCK);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
        this.locked = true;
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const pid = Number.parseInt(readQuietly(path), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
        throw new OutputBusyError(this.location, pid);
      // Left by a run that was killed: take it over.
      rmSync(path, { force: true });
    }
    throw new OutputBusyError(this.location, 0);
  }

  write(relPath: string, content: string): Promise<void> {
    return writeFileAtomic(join(this.location, relPath), content);
  }

  writeChunks(relPath: string, chunks: Iterable<string>): Promise<void> {
    return writeChunksAtomic(join(this.location, relPath), chunks);
  }

  openFile(relPath: string): Promise<StreamedFile> {
    return openFileAtomic(join(this.location, relPath));
  }

  appendLog(relPath: string, line: string): void {
    const path = join(this.location, relPath);
    const dir = dirname(path);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    appendFileSync(path, `${line}\n`);
  }

  async clear(relDir: string, names: readonly string[]): Promise<void> {
    const dir = join(this.location, relDir);
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries)
      if (names.includes(name) || TEMP.test(name)) rmSync(join(dir, name), { recursive: true, force: true });
  }

  async close(): Promise<void> {
    if (!this.locked) return;
    this.locked = false;
    rmSync(join(this.location, LOCK), { force: true });
  }
}

function readQuietly(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
