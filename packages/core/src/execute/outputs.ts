/**
 * Where a run writes its files. Every write is atomic: a temp file in the same directory,
 * then rename, so an interrupted run leaves the previous files whole.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface OutputSink {
  /** A description for messages, e.g. the directory or s3 URL. */
  readonly location: string;
  write(relPath: string, content: string): Promise<void>;
  /** Appends lines to a log; flushed (atomically) by `close`. */
  appendLog(relPath: string, line: string): void;
  close(): Promise<void>;
}

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

/** A local directory; logs are kept in memory and written whole at close. */
export class DirectorySink implements OutputSink {
  private readonly logs = new Map<string, string[]>();
  constructor(readonly location: string) {}

  write(relPath: string, content: string): Promise<void> {
    return writeFileAtomic(join(this.location, relPath), content);
  }

  appendLog(relPath: string, line: string): void {
    const lines = this.logs.get(relPath) ?? [];
    if (lines.length === 0) this.logs.set(relPath, lines);
    lines.push(line);
  }

  async close(): Promise<void> {
    for (const [rel, lines] of this.logs) await this.write(rel, `${lines.join('\n')}\n`);
    this.logs.clear();
  }
}
