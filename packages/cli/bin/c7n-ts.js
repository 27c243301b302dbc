#!/usr/bin/env node
// The `c7n-ts` bin. It is committed, unlike dist/, because npm links a bin only when its file
// exists: pointing the bin at dist/main.js left `npx c7n-ts` unlinked after `npm ci` (and so
// asking the registry) until the next install after a build.
// It starts the bundle that `npm run build` writes (scripts/bundle.mjs), or the unbundled
// build when only `tsc` has run.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/c7n-ts.mjs', import.meta.url);
const main = new URL('../dist/main.js', import.meta.url);
const entry = [bundle, main].find((url) => existsSync(url));
if (!entry) {
  process.stderr.write('c7n-ts: not built yet; run `npm run build` at the repository root\n');
  process.exit(1);
}
await import(entry.href);
