#!/usr/bin/env node
/**
 * Bundles the built CLI (dist/main.js and everything it imports from @c7n-ts/core and
 * @c7n-ts/aws) into dist/bundle/: one entry module plus chunks that load on first use. Node
 * then reads a handful of files per command instead of resolving some 1,500 ES modules, which
 * halves `c7n-ts`'s start-up. The SDK (`@aws-sdk/*`, `@smithy/*`) stays outside: services.ts
 * loads one client package on first use. esbuild stays outside too (it runs its own binary).
 *
 * Run by `npm run build` after tsc; bin/c7n-ts.js starts the bundle when it exists.
 */
import { readFileSync } from 'node:fs';
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..');
// Each build goes to its own directory, named in dist/bundle/current once complete: a CLI
// started during a rebuild runs the previous build whole, chunks it loads later included.
const root = join(cli, 'dist', 'bundle');
const id = `${Date.now().toString(36)}-${process.pid}`;
const outdir = join(root, id);
const { version } = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8'));

await build({
  entryPoints: { 'c7n-ts': join(cli, 'dist', 'main.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  external: ['@aws-sdk/*', '@smithy/*', 'esbuild'],
  // The packages' ES module builds where they have one.
  mainFields: ['module', 'main'],
  // Read by src/version.ts: the bundle does not sit where ../package.json is the CLI's.
  define: { C7N_TS_VERSION: JSON.stringify(version) },
  // Some dependencies are CommonJS and call require() for Node builtins.
  banner: {
    js: "import { createRequire as __c7nTsCreateRequire } from 'node:module'; const require = __c7nTsCreateRequire(import.meta.url);",
  },
  // Stack traces (with --debug) name the bundle's own lines; keep them readable.
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});

await writeFile(join(root, `current.${id}`), `${id}\n`);
await rename(join(root, `current.${id}`), join(root, 'current'));

// Builds older than a minute, but the current one, are left by CLIs long finished.
for (const name of await readdir(root)) {
  if (name === id || name === 'current') continue;
  const path = join(root, name);
  if (Date.now() - (await stat(path)).mtimeMs > 60_000) await rm(path, { recursive: true, force: true });
}
