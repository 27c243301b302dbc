#!/usr/bin/env node
// The `c7n-ts` bin. It is committed, unlike dist/, because npm links a bin only when its file
// exists: pointing the bin at dist/main.js left `npx c7n-ts` unlinked after `npm ci` (and so
// asking the registry) until the next install after a build.
// It starts the bundle `npm run build` writes (scripts/bundle.mjs; dist/bundle/current names
// the latest: the commands' front, which loads the rest with its code cache through
// run-bundle.js), or the unbundled build when only `tsc` has run.
import { existsSync, readFileSync } from 'node:fs';

function bundle() {
  try {
    const id = readFileSync(new URL('../dist/bundle/current', import.meta.url), 'utf8').trim();
    const url = new URL(`../dist/bundle/${id}/c7n-ts.mjs`, import.meta.url);
    return existsSync(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

const main = new URL('../dist/main.js', import.meta.url);
const entry = bundle() ?? (existsSync(main) ? main : undefined);
if (!entry) {
  process.stderr.write('c7n-ts: not built yet; run `npm run build` at the repository root\n');
  process.exit(1);
}
await import(entry.href);
