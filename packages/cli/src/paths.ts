/**
 * Checks of the directories a command is given, before anything runs: a wrong path is one line
 * naming the flag and the path, exit 2, instead of a failure per policy once the run has begun.
 */
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { EXIT_INVALID, Exit } from './exit.js';

function invalid(message: string): never {
  process.stderr.write(`c7n-ts: ${message}\n`);
  throw new Exit(EXIT_INVALID);
}

const reason = (err: unknown) => {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') return 'permission denied';
  if (e.code === 'ENOTDIR') return 'a part of the path is a file, not a directory';
  return e.message;
};

/**
 * `-s DIR` of a local output: created when missing; a file, or a directory that cannot be
 * created or written to, is invalid input. `s3://` outputs are checked by their own parser.
 */
export async function outputDirOrExit(dir: string, flag = '-s'): Promise<void> {
  if (dir.startsWith('s3://')) return;
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) invalid(`${flag} ${dir}: is a file, not a directory`);
  if (!info) {
    try {
      await makeDirs(dir);
    } catch (err) {
      invalid(`${flag} ${dir}: cannot create the directory: ${reason(err)}`);
    }
  }
  try {
    await access(dir, constants.W_OK);
  } catch {
    invalid(`${flag} ${dir}: the directory is not writable`);
  }
}

/** A directory the command reads (`--replay`, `report -s`): it must exist. */
export async function inputDirOrExit(dir: string, flag: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) invalid(`${flag} ${dir}: no such directory`);
  if (!info.isDirectory()) invalid(`${flag} ${dir}: is a file, not a directory`);
}

/** `--replay DIR` must name an existing directory of flight data. */
export const replayDirOrExit = (dir: string) => inputDirOrExit(dir, '--replay');

/** `--record DIR` may be missing (it is created) but must not be a file. */
export async function recordDirOrExit(dir: string, flag = '--record'): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) invalid(`${flag} ${dir}: is a file, not a directory`);
}

/** A file the command writes (`--flight-log FILE`): not a directory, in a directory it can write. */
export async function outputFileOrExit(file: string, flag: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) invalid(`${flag} ${file}: is a directory, not a file`);
  const dir = dirname(file);
  const parent = await stat(dir).catch(() => undefined);
  if (parent && !parent.isDirectory()) invalid(`${flag} ${file}: ${dir} is a file, not a directory`);
  if (!parent) {
    try {
      await makeDirs(dir);
    } catch (err) {
      invalid(`${flag} ${file}: cannot create ${dir}: ${reason(err)}`);
    }
  }
}

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir never returns under /proc (it retries
 * the ENOENT there forever), so `-s /proc/x` would hang instead of failing.
 */
async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(dir);
  while (!(await stat(at).catch(() => undefined))) {
    missing.unshift(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const d of missing) {
    try {
      await mkdir(d);
    } catch (err) {
      // Made meanwhile by another process: fine; anything else is the answer.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}
