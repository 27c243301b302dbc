/**
 * One run's view of a flight directory: which `_n` file each (service, operation) reads or
 * writes next, a cache of parsed files, and the log of calls made. Share one session across
 * every client of a run; make a new one per run so two runs in one process never share counters.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { parsePrettyJson, Window } from './pretty-json.js';

/** One recorded or replayed API call, in call order. */
export interface FlightCall {
  /** Endpoint prefix, e.g. `ec2`, `tagging`. */
  service: string;
  /** Operation name without `Command`, e.g. `DescribeInstances`. */
  operation: string;
  /** The flight file read or written. */
  file: string;
  /** The command input as the caller passed it (not copied). */
  input: unknown;
  ok: boolean;
  /** The AWS error code when the call failed (`data.Error.Code` of the file), or `MissingFlightFile`. */
  errorCode?: string;
}

/**
 * `flight-log.json`: the calls in order, each with its input, as `run`, `notify preview` and
 * a replayed Lambda write it. Flight files are named relative to `relativeTo` when given; an
 * uploaded zip (Lambda code) shows as its size, not as a million numbered bytes.
 */
export function flightLogJson(calls: readonly FlightCall[], relativeTo?: string): string {
  const log = calls.map((c) => ({
    service: c.service,
    operation: c.operation,
    file: relativeTo !== undefined && c.file ? relative(relativeTo, c.file) : c.file,
    input: c.input,
    ok: c.ok,
    errorCode: c.errorCode,
  }));
  const bytesAsLength = (_key: string, value: unknown) =>
    value instanceof Uint8Array ? `<${value.length} bytes>` : value;
  return `${JSON.stringify(log, bytesAsLength, 2)}\n`;
}

/** The JSON body of one placebo file. */
export interface FlightFile {
  status_code: number;
  data: Record<string, unknown>;
}

/** Thrown when replay needs a file that does not exist; never retried by the SDK. */
export class MissingFlightFileError extends Error {
  override readonly name = 'MissingFlightFileError';
  /** The `errorCode` of its flight-log entry; deliberately no `$metadata`: AWS never answered. */
  readonly code = 'MissingFlightFile';
  constructor(readonly file: string) {
    super(`flight: response file not found: ${file}`);
  }
}

export class FlightSession {
  /** Every call made through clients using this session, in order. */
  readonly calls: FlightCall[] = [];
  private readonly nextReplay = new Map<string, number>();
  private readonly nextRecord = new Map<string, number>();
  // After wrap-around the same small file is served again and again: its text is kept, and
  // parsed at each use, so every answer is a fresh tree its caller may own (and replay decodes
  // it in place). A large file (a page of a big listing) is read again if ever needed: kept,
  // every page of a replayed account would stay in memory for the whole run (issue 17).
  private readonly files = new Map<string, string | undefined>();
  private readonly large = new Set<string>();
  private keptBytes = 0;

  /**
   * The file to replay for the next call of `service.operation` in `dir`, with placebo's rule:
   * the n-th call reads `_n`; when `_n` is missing the count restarts at `_1`; when `_1` is
   * missing the call fails naming the file.
   */
  nextReplayFile(dir: string, service: string, operation: string): { file: string; body: FlightFile } {
    const base = join(dir, `${service}.${operation}`);
    for (;;) {
      const n = this.nextReplay.get(base) ?? 1;
      const file = `${base}_${n}.json`;
      const body = this.read(file);
      if (body !== undefined) {
        this.nextReplay.set(base, n + 1);
        return { file, body };
      }
      if (n === 1) throw new MissingFlightFileError(file);
      this.nextReplay.set(base, 1);
    }
  }

  /** Writes `body` to the next free `_n` (one past the highest already in `dir`). */
  writeRecordFile(dir: string, service: string, operation: string, body: FlightFile): string {
    const stem = `${service}.${operation}`;
    const base = join(dir, stem);
    let last = this.nextRecord.get(base);
    if (last === undefined) {
      mkdirSync(dir, { recursive: true });
      last = highestIndex(dir, stem);
    }
    const n = last + 1;
    this.nextRecord.set(base, n);
    const file = `${base}_${n}.json`;
    writeFileSync(file, `${JSON.stringify(body, null, 4)}\n`);
    this.files.delete(file);
    return file;
  }

  log(call: FlightCall): void {
    this.calls.push(call);
  }

  /** The file's answer, parsed afresh at each call: the caller owns the tree. */
  private read(file: string): FlightFile | undefined {
    let text = this.files.get(file);
    if (text === undefined) {
      if (this.files.has(file)) return undefined;
      if (!this.large.has(file) && !existsSync(file)) {
        this.files.set(file, undefined);
        return undefined;
      }
      let got: string | { value: unknown };
      try {
        got = readFlightFile(file);
      } catch (err) {
        // Removed since it was first seen.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
      if (typeof got !== 'string') {
        this.large.add(file);
        return checkFlightFile(got.value, file);
      }
      text = got;
      if (this.keptBytes + text.length <= KEEP_TOTAL_CHARS) {
        this.keptBytes += text.length;
        this.files.set(file, text);
      } else this.large.add(file);
    }
    return checkFlightFile(parseText(text, file), file);
  }
}

function parseText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    // Named, or a hand-edited file's stray comma surfaces as a bare SyntaxError.
    throw new Error(`flight: ${file} is not valid JSON (${(err as Error).message})`);
  }
}

/** File texts kept for wrap-around: each at most this many characters, and this many in all. */
export const KEEP_FILE_CHARS = 256 * 1024;
const KEEP_TOTAL_CHARS = 32 * 1024 * 1024;

function highestIndex(dir: string, stem: string): number {
  const pattern = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}_(\\d+)\\.json$`);
  let max = 0;
  for (const name of readdirSync(dir)) {
    const m = pattern.exec(name);
    if (m?.[1] !== undefined) max = Math.max(max, Number(m[1]));
  }
  return max;
}

function checkFlightFile(parsed: unknown, file: string): FlightFile {
  const body = parsed as Partial<FlightFile> | null;
  if (
    typeof body !== 'object' ||
    body === null ||
    typeof body.status_code !== 'number' ||
    typeof body.data !== 'object' ||
    body.data === null
  ) {
    throw new Error(`flight: ${file} is not a placebo response ({"status_code": n, "data": {...}})`);
  }
  return body as FlightFile;
}

/**
 * The text of a flight file of at most `KEEP_FILE_CHARS` bytes, or the value of a larger one
 * (a page of a big listing). Such a page is parsed from a window of its bytes reused from file
 * to file (see `parsePrettyJson`), so no buffer or string of the whole page is made; one that is
 * not indented the usual way is read and parsed whole.
 */
function readFlightFile(file: string): string | { value: unknown } {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size <= KEEP_FILE_CHARS) return readFileSync(fd, 'utf8');
    pageWindow ??= new Window();
    const source = {
      size,
      read: (into: Buffer, at: number, n: number, pos: number) => readSync(fd, into, at, n, pos),
    };
    const value = parsePrettyJson(source, { window: pageWindow });
    return { value: value !== undefined ? value : parseText(readFileSync(fd, 'utf8'), file) };
  } finally {
    closeSync(fd);
  }
}

/** The window every large page is read through (see `readFlightFile`). */
let pageWindow: Window | undefined;
