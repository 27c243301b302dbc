// Runs a CommonJS script of the CLI bundle (scripts/bundle.mjs writes it already wrapped as a
// function of exports, require, module, __filename, __dirname) with the V8 code cache kept
// beside it. With the cache V8 neither parses the 3.6 MB script nor compiles the functions the
// build's sample command ran: that was half the start-up of `validate` and `schema` (issue 17).
// Node 20 has no compile cache for ES modules (module.enableCompileCache is Node 22), hence a
// script and vm.Script.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/**
 * Runs `file` and returns its exports. `provide` maps module ids to modules the caller already
 * holds (the one `Exit` class both bundles share). A missing cache (the build's first run, see
 * scripts/bundle.mjs) or a rejected one (another Node version than the build's) is written on
 * exit, with every function the run compiled, for the next run when the directory allows.
 */
export function runBundle(file, { provide = {} } = {}) {
  const source = readFileSync(file, 'utf8');
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(source, { filename: file, ...(cachedData && { cachedData }) });
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeCache(script, cacheFile));
  const base = createRequire(file);
  const require = Object.assign((id) => (Object.hasOwn(provide, id) ? provide[id] : base(id)), base);
  const module = { exports: {} };
  // The script's import() calls come here (scripts/bundle.mjs renames them): Node 20 loses a
  // script's import() callback when its code comes from a cache another process wrote.
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, require, module, file, dirname(file), importModule);
  return module.exports;
}

/** Written whole or not at all: another CLI may be reading it. */
function writeCache(script, path) {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, path);
  } catch {
    // A read-only install runs without the cache (the build checks that it wrote one).
    rmSync(tmp, { force: true });
  }
}
