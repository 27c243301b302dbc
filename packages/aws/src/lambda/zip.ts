/**
 * Deterministic zip archives: entries sorted by name, one fixed timestamp, fixed permissions
 * and compression, so the same files always give the same bytes and so the same CodeSha256
 * (deploy compares it with the function's to skip an unchanged update).
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { ZipOptions } from 'fflate';

// The earliest time a zip (DOS) timestamp can hold. fflate reads the local fields of the
// Date, so building it from local fields keeps the bytes the same in every time zone.
const MTIME = new Date(1980, 0, 1, 0, 0, 0);
const ENTRY: ZipOptions = {
  level: 9,
  mtime: MTIME,
  // Unix, -rw-r--r--: Lambda needs the files readable by its runtime user.
  os: 3,
  attrs: 0o100644 << 16,
};

/**
 * fflate, on first use: evaluating it builds its Huffman tables (some 5 ms), which `run` paid on
 * every start although only packaging a Lambda function zips anything (issue 17).
 */
const fflate = () => import('fflate');

export async function zipFiles(files: Readonly<Record<string, Uint8Array | string>>): Promise<Uint8Array> {
  const { zipSync } = await fflate();
  const entries: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const name of Object.keys(files).sort()) {
    const content = files[name]!;
    entries[name] = [typeof content === 'string' ? new TextEncoder().encode(content) : content, ENTRY];
  }
  return zipSync(entries, ENTRY);
}

/** Base64 of the SHA-256 of the bytes: what Lambda reports as a function's CodeSha256. */
export function codeSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

/** Extracts an archive into `dir`; returns the file names. Refuses entries that escape `dir`. */
export async function unzipTo(zip: Uint8Array, dir: string): Promise<string[]> {
  const root = resolve(dir);
  const { unzipSync } = await fflate();
  const files = unzipSync(zip);
  for (const [name, content] of Object.entries(files)) {
    const path = resolve(join(root, name));
    if (!path.startsWith(root + sep)) throw new Error(`zip entry ${name} would be written outside ${dir}`);
    if (name.endsWith('/')) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return Object.keys(files).sort();
}
