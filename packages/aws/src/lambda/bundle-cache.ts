/**
 * An on-disk cache of handler bundles, so `package`, `deploy` and `invoke` do not run esbuild
 * again when nothing it read has changed (bundling takes a second or two, most of an invoke).
 *
 * An entry is the bundle plus a manifest: every file esbuild read (from its metafile) with its
 * size and modification time, and the bundle's SHA-256. An entry is used only when every input
 * is unchanged and the bundle's hash checks out, as make decides what to rebuild. The folder is
 * the user's own (`$XDG_CACHE_HOME/c7n-ts/bundles`, else `~/.cache/c7n-ts/bundles`), created
 * private (0700): a shared temporary folder would let another user plant code in a Lambda.
 * `C7N_TS_BUNDLE_CACHE` names another folder, or `off` turns the cache off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { isPlainData, parseJsonData } from '@c7n-ts/core';

interface Manifest {
  sha256: string;
  inputs: [path: string, size: number, mtimeMs: number][];
}

export interface BundleCache {
  get(key: string): Uint8Array | undefined;
  /** `inputs`: the files the bundle was built from (paths as esbuild reports them). */
  put(key: string, bundle: Uint8Array, inputs: readonly string[], workingDir: string): void;
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

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A cache in `dir`; every failure to read or write it is a miss, never an error. */
export function diskBundleCache(dir: string): BundleCache {
  const file = (key: string, ext: string) => join(dir, `${sha256(Buffer.from(key))}.${ext}`);
  return {
    get(key) {
      try {
        const manifest = parseJsonData(readFileSync(file(key, 'json'), 'utf8'));
        if (!isManifest(manifest)) return undefined;
        for (const [path, size, mtimeMs] of manifest.inputs) {
          const s = statSync(path);
          if (s.size !== size || s.mtimeMs !== mtimeMs) return undefined;
        }
        const bundle = readFileSync(file(key, 'mjs'));
        return sha256(bundle) === manifest.sha256 ? new Uint8Array(bundle) : undefined;
      } catch {
        return undefined;
      }
    },
    put(key, bundle, inputs, workingDir) {
      try {
        const manifest: Manifest = {
          sha256: sha256(bundle),
          inputs: inputs.map((p) => {
            const path = resolve(workingDir, p);
            const s = statSync(path);
            return [path, s.size, s.mtimeMs];
          }),
        };
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        // Bundle first, manifest last: a reader never sees a manifest without its bundle.
        // Each is written under a temporary name and renamed, so a reader never sees half a file.
        for (const [ext, data] of [
          ['mjs', bundle],
          ['json', JSON.stringify(manifest)],
        ] as const) {
          const tmp = `${file(key, ext)}.${process.pid}.tmp`;
          writeFileSync(tmp, data, { mode: 0o600 });
          renameSync(tmp, file(key, ext));
        }
      } catch {
        // A cache that cannot be written only costs the next build its time.
      }
    },
  };
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
        typeof i[2] === 'number',
    )
  );
}
