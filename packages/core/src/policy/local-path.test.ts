import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertInside, isInside, localPathOf, outsideReason } from './local-path.js';

let root: string;
let dir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'c7n-ts-local-'));
  dir = join(root, 'policies');
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(root, 'secret.txt'), 'secret');
  writeFileSync(join(dir, 'data', 'ok.txt'), 'ok');
  symlinkSync(join(root, 'secret.txt'), join(dir, 'link.txt'));
  symlinkSync(root, join(dir, 'up'));
});

describe('outsideReason', () => {
  it.each([
    ['data/ok.txt', undefined],
    ['not-yet.txt', undefined],
    ['./data/ok.txt', undefined],
    ['/etc/passwd', 'absolute'],
    ['C:\\Windows\\win.ini', 'absolute'],
    ['../secret.txt', 'parent'],
    ['data/../../secret.txt', 'parent'],
    ['data\\..\\..\\secret.txt', 'parent'],
    ['link.txt', 'outside'],
    ['up/secret.txt', 'outside'],
    ['up/not-there/x.txt', 'outside'],
  ])('%s -> %s', (name, why) => {
    expect(outsideReason(name, dir, [dir])).toBe(why);
  });

  it('a second allowed folder (--template-dir) counts as inside', () => {
    expect(isInside(join(root, 'secret.txt'), [dir, root])).toBe(true);
  });
});

describe('localPathOf and assertInside', () => {
  it('file:// names a local path; other schemes are not local', () => {
    expect(localPathOf('file://data/ok.txt')).toBe('data/ok.txt');
    expect(localPathOf('file:///etc/passwd')).toBe('/etc/passwd');
    expect(localPathOf('s3://bucket/key.txt')).toBeUndefined();
    expect(localPathOf('https://example.com/a.json')).toBeUndefined();
    expect(localPathOf('data/ok.txt')).toBe('data/ok.txt');
  });

  it('refuses to read a path that resolves outside', () => {
    expect(assertInside(join(dir, 'data', 'ok.txt'), [dir])).toBe(join(dir, 'data', 'ok.txt'));
    expect(() => assertInside(join(dir, 'link.txt'), [dir])).toThrow(/refusing to read .*link\.txt/);
  });
});
