/**
 * Where a run writes its files. Every write is atomic: a temp file in the same directory,
 * then rename, so an interrupted run leaves the previous files whole. Logs are appended line by
 * line as the run goes, so a run that is killed keeps the log of what it did.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
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
 * `path` opened for appends, as atomically as `writeFileAtomic`. Each append encodes its pieces
 * into a reused block of `BLOCK` bytes and writes a block at a time. No piece is joined to
 * another first: a joined string of a megabyte is a large object that only a full collection
 * frees (issue 17: writing resources.json had left some 2 MB of such garbage per MB written,
 * which set the run's peak memory).
 */
export async function openFileAtomic(path: string): Promise<StreamedFile> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined = await open(tmp, 'w');
  const abort = async () => {
    await handle?.close().catch(() => undefined);
    handle = undefined;
    await rm(tmp, { force: true });
  };
  return {
    async append(chunks) {
      if (!handle) throw new Error(`${path}: written after commit or abort`);
      try {
        await appendChunks(handle, chunks);
      } catch (err) {
        await abort();
        throw err;
      }
    },
    async commit() {
      if (!handle) throw new Error(`${path}: written after commit or abort`);
      try {
        await handle.close();
        handle = undefined;
        await rename(tmp, path);
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

async function appendChunks(handle: FileHandle, chunks: Iterable<string>): Promise<void> {
  // Blocks are shared by every file being written; each append holds one while it runs. Reused
  // rather than allocated per file: glibc keeps freed megabyte buffers instead of returning them.
  const block = blocks.pop() ?? Buffer.allocUnsafeSlow(BLOCK);
  try {
    let used = 0;
    for (const chunk of chunks) {
      // A UTF-16 unit takes at most 3 bytes of UTF-8: flush unless the piece surely fits.
      if (used + chunk.length * 3 > BLOCK) {
        if (used) await handle.writeFile(block.subarray(0, used));
        used = 0;
        if (chunk.length * 3 > BLOCK) {
          await handle.writeFile(chunk);
          continue;
        }
      }
      used += block.write(chunk, used);
    }
    if (used) await handle.writeFile(block.subarray(0, used));
  } finally {
    blocks.push(block);
  }
}

const BLOCK = 1 << 20;
const blocks: Buffer[] = [];

/**
 * The text of `JSON.stringify(items, null, 2)` and a newline, given its items in several lots
 * (`items` for each lot, then `end`), without building one string of the whole list (issue 17:
 * that string was the largest single allocation of a run).
 */
export class JsonArrayText {
  private first = true;
  /** Member texts already made, by value (the same few `c7n:MatchedFilters` lists recur). */
  private readonly members = new Map<string, string>();

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
   */
  *itemsWith(
    items: readonly Record<string, unknown>[],
    key: string,
    extras: readonly (unknown[] | undefined)[],
  ): Generator<string> {
    for (let from = 0; from < items.length; from += JSON_GROUP) {
      const group = items.slice(from, from + JSON_GROUP);
      const text = JSON.stringify(group, null, 2);
      const ends: number[] = [];
      for (let at = text.indexOf(ITEM_END); at !== -1; at = text.indexOf(ITEM_END, at + 1)) ends.push(at);
      yield this.separator();
      if (ends.length !== group.length || group.some((item) => key in item)) {
        const copies = group.map((item, i) => {
          const extra = extras[from + i];
          return extra ? { ...item, [key]: extra } : item;
        });
        yield JSON.stringify(copies, null, 2).slice(2, -2);
        continue;
      }
      let at = 2;
      for (const [i, end] of ends.entries()) {
        const extra = extras[from + i];
        if (!extra) continue;
        yield text.slice(at, end);
        yield this.memberText(key, extra);
        at = end;
      }
      yield text.slice(at, -2);
    }
  }

  end(): string {
    return this.first ? '[]\n' : '\n]\n';
  }

  /** `,\n    "key": value` as a member of an item: value indented two levels. */
  private memberText(key: string, value: unknown[]): string {
    const id = JSON.stringify(value);
    let text = this.members.get(id);
    if (text === undefined) {
      text = `,\n    ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replaceAll('\n', '\n    ')}`;
      if (this.members.size < 1000) this.members.set(id, text);
    }
    return text;
  }

  private separator(): string {
    const text = this.first ? '[\n' : ',\n';
    this.first = false;
    return text;
  }
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
    await mkdir(this.location, { recursive: true });
    const path = join(this.location, LOCK);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(path, 'wx');
        await handle.writeFile(`${process.pid}\n`);
        await handle.close();
        this.locked = true;
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
        throw new OutputBusyError(this.location, pid);
      // Left by a run that was killed: take it over.
      await rm(path, { force: true });
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
      entries = await readdir(dir);
    } catch {
      return;
    }
    for (const name of entries)
      if (names.includes(name) || TEMP.test(name))
        await rm(join(dir, name), { recursive: true, force: true });
  }

  async close(): Promise<void> {
    if (!this.locked) return;
    this.locked = false;
    await rm(join(this.location, LOCK), { force: true });
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
