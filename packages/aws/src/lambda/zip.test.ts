import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { codeSha256, unzipTo, zipFiles } from './zip.js';

describe('zipFiles', () => {
  it('gives the same bytes whatever the order the files come in', async () => {
    const a = await zipFiles({ 'index.mjs': 'export {}', 'config.json': '{}', 'templates/x.html': '<p>' });
    const b = await zipFiles({ 'templates/x.html': '<p>', 'config.json': '{}', 'index.mjs': 'export {}' });
    expect(codeSha256(a)).toBe(codeSha256(b));
    expect(Object.keys(unzipSync(a))).toEqual(['config.json', 'index.mjs', 'templates/x.html']);
  });

  it('stores a fixed 1980-01-01 timestamp and world-readable files', async () => {
    const zip = await zipFiles({ 'index.mjs': 'x' });
    const view = new DataView(zip.buffer, zip.byteOffset);
    // Local file header: DOS time at offset 10, date at 12. 1980-01-01 00:00 is date (0 << 9 | 1 << 5 | 1).
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe(33);
    const central = zip.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    expect((view.getUint32(central + 38, true) >>> 16) & 0o777).toBe(0o644);
  });

  it('computes CodeSha256 as Lambda does: base64 of the SHA-256', () => {
    expect(codeSha256(new TextEncoder().encode('abc'))).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
  });
});

describe('unzipTo', () => {
  it('writes every file under the directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-unzip-'));
    const names = await unzipTo(await zipFiles({ 'a.txt': 'A', 'templates/b.html': 'B' }), dir);
    expect(names).toEqual(['a.txt', 'templates/b.html']);
    expect(readFileSync(join(dir, 'templates', 'b.html'), 'utf8')).toBe('B');
  });

  it('refuses an entry that would escape the directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-unzip-'));
    const evil = zipSync({ '../evil.txt': new Uint8Array([1]) });
    await expect(unzipTo(evil, dir)).rejects.toThrow('outside');
  });
});
