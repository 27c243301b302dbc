import { mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
  it('misses when an input changed (size or time), is gone, or the bundle was altered', () => {
    const { root, input, dir, cache } = setup();
    cache.put('k', bytes('bundle'), [input], root);
    const later = new Date(Date.now() + 5000);
    utimesSync(input, later, later);
    expect(cache.get('k')).toBeUndefined();

    cache.put('k', bytes('bundle'), [input], root);
    writeFileSync(input, 'export const handler = 22;');
    expect(cache.get('k')).toBeUndefined();

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
});
