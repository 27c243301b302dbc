import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleCacheDir, diskBundleCache } from './bundle-cache.js';

const bytes = (s: string) => new TextEncoder().encode(s);

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'c7n-ts-bundle-cache-'));
  const input = join(root, 'handler.js');
  writeFileSync(input, 'export const handler = 1;');
  const dir = join(root, 'cache');
  return { root, input, dir, cache: diskBundleCache(dir) };
}

describe('bundle cache', () => {
  it('returns a bundle while every input is unchanged', () => {
    const { root, dir, cache } = setup();
    expect(cache.get('k')).toBeUndefined();
    cache.put('k', bytes('bundle'), ['handler.js'], root);
    expect(new TextDecoder().decode(cache.get('k'))).toBe('bundle');
    expect(cache.get('other')).toBeUndefined();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
  it('misses when an input changed (size or content), is gone, or the bundle was altered', () => {
    const { root, input, dir, cache } = setup();
    cache.put('k', bytes('bundle'), [input], root);
    writeFileSync(input, 'export const handler = 22;');
    expect(cache.get('k')).toBeUndefined();

    // The same size, another content.
    cache.put('k', bytes('bundle'), [input], root);
    writeFileSync(input, 'export const handler = 23;');
    expect(cache.get('k')).toBeUndefined();

    cache.put('k', bytes('bundle'), [input], root);
    rmSync(input);
    expect(cache.get('k')).toBeUndefined();
    writeFileSync(input, 'export const handler = 23;');

    cache.put('k', bytes('bundle'), [input], root);
    const mjs = readdirSync(dir).find((f) => f.endsWith('.mjs'));
    writeFileSync(join(dir, mjs ?? 'none'), 'planted');
    expect(cache.get('k')).toBeUndefined();
  });
  it('a broken manifest or an unwritable folder is a miss, not an error', () => {
    const { root, input } = setup();
    writeFileSync(join(root, 'file'), 'x');
    const cache = diskBundleCache(join(root, 'file', 'sub'));
    expect(() => cache.put('k', bytes('b'), [input], root)).not.toThrow();
    expect(cache.get('k')).toBeUndefined();
  });
  it('lives in the user cache folder unless named or turned off', () => {
    expect(bundleCacheDir({ C7N_TS_BUNDLE_CACHE: 'off' })).toBeUndefined();
    expect(bundleCacheDir({ C7N_TS_BUNDLE_CACHE: '/x/y' })).toBe('/x/y');
    expect(bundleCacheDir({ XDG_CACHE_HOME: '/c' })).toBe('/c/c7n-ts/bundles');
    expect(bundleCacheDir({})).toMatch(/[\\/]\.cache[\\/]c7n-ts[\\/]bundles$/);
  });
  it('hits when an input was written again with the same content, then compares times only', () => {
    const { root, input, dir, cache } = setup();
    cache.put('k', bytes('bundle'), [input], root);
    const later = new Date(Date.now() + 5000);
    utimesSync(input, later, later);
    expect(new TextDecoder().decode(cache.get('k'))).toBe('bundle');
    const manifest = readdirSync(dir).find((f) => f.endsWith('.json')) ?? 'none';
    const [[, , mtimeMs]] = JSON.parse(readFileSync(join(dir, manifest), 'utf8')).inputs;
    expect(mtimeMs).toBe(statSync(input).mtimeMs);
  });
});

describe('bundle cache getOrBuild', () => {
  const built = (s: string, input: string) => ({ bundle: bytes(s), inputs: [input] });
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  const lockOf = (dir: string, key: string) =>
    join(dir, `${createHash('sha256').update(key).digest('hex')}.lock`);
  const locks = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.lock'));

  it('builds once while another builder of the same key works; the waiter gets its bundle', async () => {
    const { root, input, dir } = setup();
    // Two caches on one folder stand for two processes: the lock is a file in the folder.
    const [a, b] = [diskBundleCache(dir), diskBundleCache(dir)];
    let builds = 0;
    let finish = () => {};
    const slow = new Promise<void>((done) => {
      finish = done;
    });
    const first = a.getOrBuild(
      'k',
      async () => {
        builds++;
        await slow;
        return built('one', input);
      },
      root,
    );
    const second = b.getOrBuild(
      'k',
      async () => {
        builds++;
        return built('two', input);
      },
      root,
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(locks(dir)).toHaveLength(1);
    finish();
    expect([text(await first), text(await second)]).toEqual(['one', 'one']);
    expect(builds).toBe(1);
    expect(locks(dir)).toEqual([]);
  });

  it('releases its lock when the build fails; a stored entry is a hit whatever a lock says', async () => {
    const { root, input, dir } = setup();
    const cache = diskBundleCache(dir, { waitMs: 60_000 });
    await expect(
      cache.getOrBuild('k', () => Promise.reject(new Error('esbuild failed')), root),
    ).rejects.toThrow('esbuild failed');
    expect(locks(dir)).toEqual([]);
    await cache.getOrBuild('k', async () => built('x', input), root);
    writeFileSync(lockOf(dir, 'k'), `${process.pid} another-build`);
    expect(text(await cache.getOrBuild('k', async () => built('y', input), root))).toBe('x');
  });

  it('takes over the lock of a process that ended without waiting', async () => {
    const { root, input, dir } = setup();
    const cache = diskBundleCache(dir, { waitMs: 60_000 });
    mkdirSync(dir, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(lockOf(dir, 'k'), `${dead} gone`);
    const started = Date.now();
    expect(text(await cache.getOrBuild('k', async () => built('b', input), root))).toBe('b');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(locks(dir)).toEqual([]);
  });

  it('stops waiting for a live holder after waitMs and builds itself, leaving its lock alone', async () => {
    const { root, input, dir } = setup();
    const cache = diskBundleCache(dir, { waitMs: 300 });
    mkdirSync(dir, { recursive: true });
    // Our own pid: a holder that is alive and never finishes.
    writeFileSync(lockOf(dir, 'k'), `${process.pid} someone-else`);
    const started = Date.now();
    expect(text(await cache.getOrBuild('k', async () => built('b', input), root))).toBe('b');
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(readFileSync(lockOf(dir, 'k'), 'utf8')).toBe(`${process.pid} someone-else`);
  });
});
