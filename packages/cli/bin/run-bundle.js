// Runs a CommonJS script of the CLI bundle (scripts/bundle.mjs writes it already wrapped as a
// function of exports, require, module, __filename, __dirname) with the V8 code cache kept
// beside it. With the cache V8 neither parses the 2 MB script nor compiles the functions the
// build's sample command ran: that was half the start-up of `validate` and `schema` (issue 17).
// Node 20 has no compile cache for ES modules (module.enableCompileCache is Node 22), hence a
// script and vm.Script.
'use strict';
const { isAscii } = require('node:buffer');
const { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join, sep } = require('node:path');
const vm = require('node:vm');

/**
 * Runs `file` and returns its exports. `provide` maps module ids to modules the caller already
 * holds (the one `Exit` class both bundles share). A missing cache (the build's first run, see
 * scripts/bundle.mjs) or a rejected one (another Node version than the build's) is written on
 * exit, with every function the run compiled, for the next run when the directory allows.
 *
 * The script also gets `c7n-ts:chunks`: `load(file, modules)` runs another script of the
 * bundle the same way, its imports of `modules`' ids answered by those functions, each called
 * once (a resource folder's elements, scripts/lazy-folders.mjs).
 */
function runBundle(file, { provide = {} } = {}) {
  cacheSdkModules(join(dirname(file), 'sdk-cache'), join(dirname(file), 'sdk'));
  // A module of the table, once: each call of its function makes a new CommonJS view of it.
  const served = new Map();
  const serve = (modules, id) => {
    if (!served.has(id)) served.set(id, modules[id]());
    return served.get(id);
  };
  const chunks = {
    load(chunkFile, modules) {
      const base = Module.createRequire(chunkFile);
      return runScript(chunkFile, (id) => (Object.hasOwn(modules, id) ? serve(modules, id) : base(id)), base);
    },
  };
  const all = { ...provide, 'c7n-ts:chunks': chunks };
  const base = Module.createRequire(file);
  return runScript(file, (id) => (Object.hasOwn(all, id) ? all[id] : base(id)), base);
}

/** The id under which the front (bin/c7n-ts.js, startFront) gets this module. */
const RUN_BUNDLE = 'c7n-ts:run-bundle';

/**
 * Starts the build in `dir`: its front, front.cjs, with its code cache as every script of the
 * bundle. The front loads actions.cjs through this module's runBundle.
 */
function startFront(dir) {
  const file = join(dir, 'front.cjs');
  const base = Module.createRequire(file);
  runScript(file, (id) => (id === RUN_BUNDLE ? module.exports : base(id)), base);
}

/**
 * Node builtins that cost a start-up milliseconds to load (node:http2 15 ms, node:https 10 ms,
 * node:crypto 5 ms, node:zlib 4 ms, node:fs/promises 2 ms on the machines measured), which modules
 * of the bundle and the SDK require as they are evaluated but call only in some runs: an MD5 for
 * a Security Hub finding, a gzip for a notification, a `value_from` file; HTTP/2 for the few
 * streaming operations, HTTPS for none in a replayed run.
 */
const LAZY_BUILTINS = new Set([
  'child_process',
  'crypto',
  'fs/promises',
  'http',
  'http2',
  'https',
  'v8',
  'zlib',
]);
const lazyName = (id) => (LAZY_BUILTINS.has(id.replace(/^node:/, '')) ? id.replace(/^node:/, '') : undefined);

/**
 * Objects of a builtin that a module reads as it loads but uses later, stood in for as the
 * builtin is: the SDK's HTTP handler reads `const { constants } = http2` at its top, which
 * loaded HTTP/2 with TLS and HTTP (some 20 ms) into every `run`, for requests a replayed run
 * never makes and a live one makes over HTTP/1.1 but for a few streaming operations.
 */
const LAZY_MEMBERS = { http2: ['constants'] };

const lazyBuiltins = new Map();

/** Builtin `name` as a stand-in that requires it on first use of any of its properties. */
function lazyBuiltin(name) {
  const id = `node:${name}`;
  if (lazyBuiltins.has(id)) return lazyBuiltins.get(id);
  let loaded;
  const real = () => {
    loaded ??= require(id);
    return loaded;
  };
  const members = new Map(
    (LAZY_MEMBERS[name] ?? []).map((key) => {
      let member;
      return [key, () => (member ??= standIn(() => real()[key]))];
    }),
  );
  const stub = standIn(real, (key) => members.get(key)?.());
  lazyBuiltins.set(id, stub);
  return stub;
}

/**
 * An object that is `real()` for every operation but reading a property `member` answers (its
 * own stand-in). Every operation goes to the real object: a module that sets one of its
 * properties sets the builtin's, as it would without the stand-in.
 */
function standIn(real, member = () => undefined) {
  return new Proxy(Object.create(null), {
    get: (_, key) => member(key) ?? real()[key],
    set: (_, key, value) => Reflect.set(real(), key, value),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    has: (_, key) => key in real(),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d && { ...d, configurable: true };
    },
  });
}

/**
 * A code cache's file for `base` (a path without `.cache`): V8 rejects a cache made under other
 * flags, and `org run` sets one at run time (`--heap-growing-percent`, noted on the process
 * under this symbol by actions/org-run.ts). The caches it checks after that are kept apart
 * (`<base>.heap-growing-percent-10.cache`), else it and `run` would each reject and rewrite the
 * other's: the SDK's and the resource folders' scripts, 0.1-0.2 s a time.
 */
const V8_FLAGS = Symbol.for('c7n-ts.v8-flags');
function cacheFileOf(base) {
  const flags = process[V8_FLAGS];
  return typeof flags === 'string'
    ? `${base}.${flags.replace(/^-+/, '').replace(/[^\w.-]+/g, '-')}.cache`
    : `${base}.cache`;
}

/** Runs the wrapped script `file` with its code cache; `answer` answers its require(). */
function runScript(file, answer, base) {
  const resolve = (id) => {
    const lazy = lazyName(id);
    return lazy ? lazyBuiltin(lazy) : answer(id);
  };
  // ASCII (scripts/bundle.mjs checks), so Latin-1 reads the same text without UTF-8's decoding.
  const source = readFileSync(file, 'latin1');
  const cacheFile = cacheFileOf(file);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(source, { filename: file, ...(cachedData && { cachedData }) });
  if (!cachedData || script.cachedDataRejected) cacheOnExit(script, cacheFile);
  const scriptRequire = Object.assign(resolve, base);
  const module = { exports: {} };
  // The script's import() calls come here (scripts/bundle.mjs renames them): Node 20 loses a
  // script's import() callback when its code comes from a cache another process wrote.
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, scriptRequire, module, file, dirname(file), importModule);
  return module.exports;
}

const uncached = [];

/** Writes the scripts' caches on exit (one listener, however many type scripts a run loads). */
function cacheOnExit(script, path) {
  if (uncached.length === 0)
    process.once('exit', () => {
      for (const s of uncached) writeCache(s.script, s.path);
    });
  uncached.push({ script, path });
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

/** The SDK's CommonJS files: `run` loads a client package of several MB per service it uses. */
const SDK = /[\\/]node_modules[\\/]@(aws-sdk|smithy)[\\/]/;

/**
 * Compiles the SDK's CommonJS modules, and the bundle's slim SDK clients in `slimDir` (see
 * scripts/bundle.mjs), with a V8 code cache kept in `dir` (one file per module, written on exit
 * when missing or rejected), as Node 22's module.enableCompileCache would: the EC2 client alone
 * is 2 MB of source, which took 0.15 s to compile at every `run` and left about 20 MB more
 * resident (issue 17). Other modules, and a file that starts with `#!`, compile as Node
 * compiles them.
 */
function cacheSdkModules(dir, slimDir) {
  const compile = Module.prototype._compile;
  const fresh = [];
  const slim = `${slimDir}${sep}`;
  const ours = (filename) => SDK.test(filename) || filename.startsWith(slim);
  // The SDK's files are ASCII: read as Latin-1 they cost less than through UTF-8's decoding.
  const loadJs = Module._extensions['.js'];
  Module._extensions['.js'] = function (module, filename) {
    if (!ours(filename)) return loadJs.call(this, module, filename);
    const bytes = readFileSync(filename);
    module._compile(isAscii(bytes) ? bytes.latin1Slice() : bytes.utf8Slice(), filename);
  };
  Module.prototype._compile = function (content, filename) {
    if (!ours(filename) || content.startsWith('#!')) return compile.call(this, content, filename);
    // node:crypto loads here, on a run's first SDK module, not at every start (about 5 ms).
    const hash = require('node:crypto').createHash('sha1').update(filename).digest('hex');
    const cacheFile = cacheFileOf(join(dir, hash));
    let cachedData;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    // The function Node wraps a CommonJS module in.
    const wrapped = `(function (exports, require, module, __filename, __dirname) { ${content}\n});`;
    const script = new vm.Script(wrapped, { filename, ...(cachedData && { cachedData }) });
    if (!cachedData || script.cachedDataRejected) fresh.push({ script, cacheFile });
    const moduleRequire = (id) => {
      const lazy = lazyName(id);
      return lazy ? lazyBuiltin(lazy) : this.require(id);
    };
    moduleRequire.resolve = (request, options) => Module._resolveFilename(request, this, false, options);
    moduleRequire.main = process.mainModule;
    moduleRequire.cache = Module._cache;
    moduleRequire.extensions = Module._extensions;
    return script
      .runInThisContext({ displayErrors: true })
      .call(this.exports, this.exports, moduleRequire, this, filename, dirname(filename));
  };
  process.once('exit', () => {
    if (fresh.length === 0) return;
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      return;
    }
    for (const { script, cacheFile } of fresh) writeCache(script, cacheFile);
  });
}

module.exports = { RUN_BUNDLE, runBundle, startFront };
