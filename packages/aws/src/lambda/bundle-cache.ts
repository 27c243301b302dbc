/**
 * An on-disk cache of handler bundles, so `package`, `deploy` and `invoke` do not run esbuild
 * again when nothing it read has changed (bundling takes most of a second, most of an invoke).
 *
 * An entry is the bundle plus a manifest: every file esbuild read (from its metafile) with its
 * size, modification time and SHA-256, and the bundle's SHA-256. An entry is used only when
 * every input holds what it held and the bundle's hash checks out. An input whose time changed
 * but whose content did not (a checkout, a build writing the same output again) is a hit: its
 * hash is compared (some 60 ms for the 1,300 files of a bundle, a tenth of a build) and the
 * manifest takes the new times. The folder is the user's own (`$XDG_CACHE_HOME/c7n-ts/bundles`,
 * else `~/.cache/c7n-ts/bundles`), created private (0700): a shared temporary folder would let
 * another user plant code in a Lambda. `C7N_TS_BUNDLE_CACHE` names another folder, or `off`
 * turns the cache off.
 *
 * Processes share it: every file is written under a temporary name and renamed, and a process
 * building a bundle holds `<key>.lock`, so another one that needs the same bundle meanwhile (the
 * invokes of `c7n-ts test -j`) waits for it instead of running esbuild too.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isPlainData, parseJsonData } from '@c7n-ts/core';

type Input = [path: string, size: number, mtimeMs: number, sha256: string];

interface Manifest {
  sha256: string;
  inputs: Input[];
}

/** What a build gives: the bundle and the files it was built from (paths as esbuild reports them). */
export interface Built {
  bundle: Uint8Array;
  inputs: readonly string[];
}

export interface BundleCache {
  get(key: string): Uint8Array | undefined;
  /** `inputs`: the files the bundle was built from (paths as esbuild reports them). */
  put(key: string, bundle: Uint8Array, inputs: readonly string[], workingDir: string): void;
  /**
   * The bundle of `key` from the cache, else from `build` (then stored). While another process
   * builds the same key, waits for its entry instead of building it too.
   */
  getOrBuild(key: string, build: () => Promise<Built>, workingDir: string): Promise<Uint8Array>;
}

/** The cache folder, or undefined when the cache is off. */
export function bundleCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const set = env.C7N_TS_BUNDLE_CACHE;
  if (set === 'off' || set === '0') return undefined;
  if (set) return resolve(set);
  const base =
    env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'c7n-ts', 'bundles');
}

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** How long a process waits for another's build of the same bundle (one takes seconds). */
const WAIT_MS = 120_000;
/** How often it looks whether the other process is done. */
const POLL_MS = 50;

/** A cache in `dir`; every failure to read or write it is a miss, never an error. */
export function diskBundleCache(dir: string, opts: { waitMs?: number } = {}): BundleCache {
  const file = (key: string, ext: string) => join(dir, `${sha256(key)}.${ext}`);
  const write = (path: string, data: string | Uint8Array) => {
    // Under a temporary name, then renamed: a reader never sees half a file.
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, path);
  };

  const get = (key: string): Uint8Array | undefined => {
    try {
      const manifest = parseJsonData(readFileSync(file(key, 'json'), 'utf8'));
      if (!isManifest(manifest)) return undefined;
      let touched = false;
      for (const input of manifest.inputs) {
        const [path, size, mtimeMs, hash] = input;
        const s = statSync(path);
        if (s.size !== size) return undefined;
        if (s.mtimeMs === mtimeMs) continue;
        if (sha256(readFileSync(path)) !== hash) return undefined;
        input[2] = s.mtimeMs;
        touched = true;
      }
      const bundle = readFileSync(file(key, 'mjs'));
      if (sha256(bundle) !== manifest.sha256) return undefined;
      // The next look compares times only.
      if (touched) write(file(key, 'json'), JSON.stringify(manifest));
      return new Uint8Array(bundle);
    } catch {
      return undefined;
    }
  };

  const put = (key: string, bundle: Uint8Array, inputs: readonly string[], workingDir: string) => {
    try {
      const manifest: Manifest = {
        sha256: sha256(bundle),
        inputs: inputs.map((p) => {
          const path = resolve(workingDir, p);
          const s = statSync(path);
          return [path, s.size, s.mtimeMs, sha256(readFileSync(path))];
        }),
      };
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      // Bundle first, manifest last: a reader never sees a manifest without its bundle.
      write(file(key, 'mjs'), bundle);
      write(file(key, 'json'), JSON.stringify(manifest));
    } catch {
      // A cache that cannot be written only costs the next build its time.
    }
  };

  /** Takes the key's lock: `taken`, `busy` while a live process holds it, or `none` to be had. */
  const lock = (path: string, token: string): 'taken' | 'busy' | 'none' => {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeFileSync(fd, token);
      } finally {
        closeSync(fd);
      }
      return 'taken';
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return 'none';
    }
    if (!holderAlive(path)) {
      // Left by a process that ended mid-build: take it over on the next look.
      try {
        unlinkSync(path);
      } catch {}
    }
    return 'busy';
  };

  return {
    get,
    put,
    async getOrBuild(key, build, workingDir) {
      const lockFile = file(key, 'lock');
      const token = `${process.pid} ${randomUUID()}`;
      const until = Date.now() + (opts.waitMs ?? WAIT_MS);
      let held = false;
      for (;;) {
        const hit = get(key);
        if (hit) return hit;
        const state = lock(lockFile, token);
        held = state === 'taken';
        // Taken, no lock to be had (an unwritable folder), or waited long enough: build.
        if (state !== 'busy' || Date.now() > until) break;
        await sleep(POLL_MS);
      }
      try {
        // Another process may have stored it between our look and our lock.
        const hit = held ? get(key) : undefined;
        if (hit) return hit;
        const { bundle, inputs } = await build();
        put(key, bundle, inputs, workingDir);
        return bundle;
      } finally {
        if (held) release(lockFile, token);
      }
    },
  };
}

/** Whether the process named in a lock file may still be building (a dead one's lock is stale). */
function holderAlive(path: string): boolean {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // Released meanwhile: look again.
    return true;
  }
  const pid = Number(text.split(' ')[0]);
  if (!text || !Number.isInteger(pid) || pid <= 0) {
    // Created and not written yet, unless that was long ago (its process died in between).
    try {
      return Date.now() - statSync(path).mtimeMs < 10_000;
    } catch {
      return true;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function release(path: string, token: string): void {
  try {
    // Only our own: a waiter that judged ours stale may have taken the key over.
    if (readFileSync(path, 'utf8') === token) unlinkSync(path);
  } catch {}
}

function isManifest(v: unknown): v is Manifest {
  if (!isPlainData(v)) return false;
  const m = v as Partial<Manifest>;
  return (
    typeof m.sha256 === 'string' &&
    Array.isArray(m.inputs) &&
    m.inputs.every(
      (i) =>
        Array.isArray(i) &&
        typeof i[0] === 'string' &&
        isAbsolute(i[0]) &&
        typeof i[1] === 'number' &&
        typeof i[2] === 'number' &&
        typeof i[3] === 'string',
    )
  );
}
