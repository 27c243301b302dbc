/**
 * Where one account×region of an org command writes: OUT/<account>/<region>/ on disk, or
 * s3://BUCKET/PREFIX/<account>/<region>/ with the same keys (what the fan-out writes and
 * `org report -s s3://` reads). The policies' files go through the sink; org-error.json is
 * cleared when the cell starts and written when it could not run; --replay/--record's calls go
 * to OUT/<account>/<region>/flight-log.json on disk, or to the caller (`--flight-log FILE`) for S3.
 *
 * S3 is written with the caller's credentials, not the account's role, as c7n-org's S3 output
 * opens its client without assuming the account's role (c7n `S3Output`, `assume=False`): only the
 * caller needs access to the bucket. An account reached with a `profile:` writes with that profile,
 * as c7n-org does.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type AwsClients,
  createClients,
  FANOUT_ERROR_FILE,
  type FlightSession,
  flightLogJson,
  type S3Location,
  S3Sink,
} from '@c7n-ts/aws';
import { DirectorySink, type OutputSink, writeFileAtomic } from '@c7n-ts/core';
import type { OrgAccount } from './accounts.js';

/** Written in place of (or beside) the policy folders when an account×region could not run. */
export const ERROR_FILE = FANOUT_ERROR_FILE;

/** How a cell reaches the S3 output: the caller's clients when live, else its own (replay, record). */
export interface S3OutputAccess {
  target: S3Location;
  maxAttempts: number;
  profile?: string;
  replay?: string;
  record?: string;
  caller?: AwsClients;
  /** With --replay/--record: each cell's calls, when it ends (`--flight-log FILE`). */
  onCalls?(account: string, region: string, log: string): void;
}

export interface CellOutput {
  /** The policies' files, relative to the cell's folder. */
  readonly sink: OutputSink;
  /** Removes an org-error.json an earlier run left. */
  clearError(): Promise<void>;
  /** Writes what the sink keeps (S3's logs); the first write that failed, if any. */
  flush(): Promise<unknown>;
  /** Writes org-error.json; an S3 write that fails is left out (the summary has the error). */
  writeError(body: string): Promise<void>;
  /** Writes the flight log of `session` (--replay/--record) and releases the output's clients. */
  finish(session: FlightSession): Promise<void>;
}

/** OUT/<account>/<region>/ (or OUT/<account>/ without a region) on disk. */
export function directoryOutput(dir: string, flightLog: boolean): CellOutput {
  return {
    sink: new DirectorySink(dir),
    clearError: () => rm(join(dir, ERROR_FILE), { force: true }),
    async writeError(body) {
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(join(dir, ERROR_FILE), body);
    },
    flush: async () => undefined,
    async finish(session) {
      if (flightLog)
        await writeFileAtomic(
          join(dir, 'flight-log.json'),
          flightLogJson(session.calls, process.cwd()),
        ).catch(() => undefined);
    },
  };
}

/**
 * s3://BUCKET/PREFIX/<account>/<region>/ (or .../<account>/ without a region). `session` and
 * `flightDir` are the cell's: replayed or recorded, its S3 calls are answered from its folder.
 */
export function s3Output(
  s: S3OutputAccess,
  account: OrgAccount,
  region: string | undefined,
  flight: { dir?: string; session: FlightSession },
): CellOutput {
  const own = !s.caller || account.profile !== undefined;
  const clients = own
    ? createClients({
        regions: [process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1'],
        maxAttempts: s.maxAttempts,
        session: flight.session,
        ...((account.profile ?? s.profile) && { profile: account.profile ?? s.profile }),
        ...(s.replay && { replay: flight.dir }),
        ...(s.record && { record: flight.dir }),
      })
    : (s.caller as AwsClients);
  const prefix = [s.target.prefix, account.name, region].filter(Boolean).join('/');
  const sink = new NotingSink(new S3Sink(clients, { bucket: s.target.bucket, prefix }));
  return {
    sink,
    async clearError() {
      await clients.send('s3', 'DeleteObject', { Bucket: s.target.bucket, Key: sink.keyFor(ERROR_FILE) });
    },
    async writeError(body) {
      // A PutObject like any other: the cell's error is in the summary whether or not it is written.
      await sink.write(ERROR_FILE, body).catch(() => undefined);
    },
    async flush() {
      await sink.close().catch(() => undefined);
      return sink.failure;
    },
    async finish(session) {
      if (own) clients.destroy();
      if (s.replay || s.record)
        s.onCalls?.(account.name, region ?? 'all', flightLogJson(session.calls, process.cwd()));
    },
  };
}

/** An S3 sink that keeps the first write it could not make: the cell's output is then incomplete. */
class NotingSink implements OutputSink {
  readonly location: string;
  failure: unknown;
  constructor(private readonly inner: S3Sink) {
    this.location = inner.location;
  }
  keyFor(relPath: string): string {
    return this.inner.keyFor(relPath);
  }
  write(relPath: string, content: string): Promise<void> {
    return this.inner.write(relPath, content).catch((err) => this.note(err, relPath));
  }
  appendLog(relPath: string, line: string): void {
    this.inner.appendLog(relPath, line);
  }
  close(): Promise<void> {
    return this.inner.close().catch((err) => this.note(err));
  }
  /** Keeps AWS's code and names the object: `cannot write s3://bucket/key: Access Denied`. */
  private note(err: unknown, relPath?: string): never {
    const e = err as { Code?: unknown; name?: unknown; message?: unknown };
    this.failure ??= {
      Code: typeof e.Code === 'string' ? e.Code : e.name,
      message: `cannot write ${relPath ? `${this.location}/${relPath}` : `the logs to ${this.location}`}: ${String(e.message ?? err)}`,
    };
    throw err;
  }
}
