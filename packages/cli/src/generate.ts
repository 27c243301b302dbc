/**
 * `npm run generate`: writes the committed artifacts derived from the registry, the editor
 * schema and the reference pages. `--check` writes nothing and exits 1 when they are stale.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { awsRegistry } from '@c7n-ts/aws';
import { generatePolicySchema, generateReference, writeFileAtomic } from '@c7n-ts/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Every generated file, by path relative to the repository root. */
export function generatedFiles(): Map<string, string> {
  const registry = awsRegistry();
  const files = new Map<string, string>();
  files.set('schemas/policy.schema.json', `${JSON.stringify(generatePolicySchema(registry), null, 2)}\n`);
  for (const [path, text] of generateReference(registry)) files.set(`docs/reference/${path}`, text);
  return files;
}

async function listDir(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listDir(p)));
    else out.push(relative(root, p));
  }
  return out;
}

async function main(check: boolean) {
  const files = generatedFiles();
  const stale: string[] = [];
  for (const [path, text] of files) {
    const current = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (current === text) continue;
    stale.push(path);
    if (!check) await writeFileAtomic(join(root, path), text);
  }
  for (const path of await listDir(join(root, 'docs/reference'))) {
    if (files.has(path)) continue;
    stale.push(`${path} (no longer generated)`);
    if (!check) await rm(join(root, path));
  }
  if (check && stale.length) {
    process.stderr.write(`stale generated files (run npm run generate):\n  ${stale.join('\n  ')}\n`);
    process.exitCode = 1;
  } else if (!check) process.stdout.write(`generated ${files.size} files (${stale.length} changed)\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  await main(process.argv.includes('--check'));
