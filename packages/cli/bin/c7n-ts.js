#!/usr/bin/env node
// The `c7n-ts` bin. It is committed, unlike dist/, because npm links a bin only when its file
// exists: pointing the bin at dist/main.js left `npx c7n-ts` unlinked after `npm ci` (and so
// asking the registry) until the next install after a build.
// It starts the bundle `npm run build` writes (scripts/bundle.mjs; dist/bundle/current names
// the latest), or the unbundled build when only `tsc` has run. CommonJS (bin/package.json), as
// the bundle's scripts: an ES module here would load Node's ES module loader at every start,
// some 8 ms the bundle never needs.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const dist = join(__dirname, '..', 'dist');

function bundle() {
  try {
    const dir = join(dist, 'bundle', readFileSync(join(dist, 'bundle', 'current'), 'utf8').trim());
    return existsSync(join(dir, 'front.cjs')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

const dir = bundle();
if (dir) require('./run-bundle.js').startFront(dir);
else if (existsSync(join(dist, 'main.js'))) import(pathToFileURL(join(dist, 'main.js')).href);
else {
  process.stderr.write('c7n-ts: not built yet; run `npm run build` at the repository root\n');
  process.exit(1);
}
