#!/usr/bin/env node
/**
 * Bundles the built CLI into dist/bundle/<id>/ (issue 17):
 *
 * - front.cjs, the front: main.js, commander and the command definitions; all `--help` and
 *   `version` load. Its `import('../actions/<command>.js')` and the did-you-mean of an unknown
 *   command are served from the second file, loaded on first use. bin/c7n-ts.js starts it
 *   (bin/run-bundle.js's startFront) with its code cache, front.cjs.cache, as the others.
 * - actions.cjs, every command's implementation with @c7n-ts/core and @c7n-ts/aws: one
 *   CommonJS script, run by bin/run-bundle.js with its V8 code cache (actions.cjs.cache,
 *   written here by a first run). With the cache V8 neither parses the script nor compiles
 *   what a `validate` runs: half of the start-up of `validate` and `schema` before. Node 20 has
 *   no compile cache for ES modules, hence a script.
 * - types/<folder>.cjs, a resource folder's filters and actions, loaded (with a cache of its
 *   own, written on first use) when a command looks at a type they serve (lazy-folders.mjs).
 *
 * The SDK (`@aws-sdk/*`, `@smithy/*`) stays outside: services.ts requires one client package
 * on first use, or its slim module written to sdk/ here (below). esbuild stays outside too (it
 * runs its own binary). Run by `npm run build` after tsc; bin/c7n-ts.js starts the front when
 * it exists.
 */
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { barrelFlattener } from './flatten-barrels.mjs';
import {
  CHUNKS_ID,
  chunkEntry,
  chunkPlugin,
  esmInterop,
  inputsOf,
  lazyRegistrySource,
  planFolders,
} from './lazy-folders.mjs';
import { LAZY_PACKAGE_DIRS, lazyPackages, packageScripts } from './lazy-packages.mjs';
import { precompiledPolicyShape } from './policy-shape.mjs';
import { precompiledValidators } from './validators.mjs';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(cli, 'dist');
// Each build goes to its own directory, named in dist/bundle/current once complete: a CLI
// started during a rebuild runs the previous build whole, the script it loads later included.
const root = join(dist, 'bundle');
const id = `${Date.now().toString(36)}-${process.pid}`;
const outdir = join(root, id);
const { version } = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8'));
const actions = (await readdir(join(dist, 'actions'))).filter((f) => /^[a-z-]+\.js$/.test(f));
// The module both files share by identity: main.ts tells an Exit thrown by a command apart.
const EXIT = join(dist, 'exit.js');
const SHARED_EXIT = 'c7n-ts:exit';
// The export of actions.cjs holding a command's module (a plain identifier: `package` is reserved).
const exportOf = (command) => `command_${command.replaceAll('-', '_')}`;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['@aws-sdk/*', '@smithy/*', 'esbuild'],
  // The packages' ES module builds where they have one.
  mainFields: ['module', 'main'],
  // Without whitespace and comments: on a machine where memory touched for the first time is
  // dear, each MB of script read costs a start-up some 10 ms (issue 17). Names are kept, so a
  // stack trace (with --debug) still names its functions.
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
};

// bin/run-bundle.js, which starts the front and runs the bundle's scripts.
const { RUN_BUNDLE } = createRequire(import.meta.url)(join(cli, 'bin', 'run-bundle.js'));

// The front. Each `import('../actions/x.js')` becomes a module taking `x` from actions.cjs, which
// bin/run-bundle.js (given to the front as c7n-ts:run-bundle, see startFront) runs.
const load = `
import * as exit from ${JSON.stringify(EXIT)};
import { runBundle } from ${JSON.stringify(RUN_BUNDLE)};
let loaded;
export function actions() {
  loaded ??= runBundle(join(__dirname, 'actions.cjs'), {
    provide: { ${JSON.stringify(SHARED_EXIT)}: exit },
  });
  return loaded;
}
import { join } from 'node:path';
`;
const front = await build({
  ...common,
  entryPoints: [join(dist, 'main.js')],
  write: false,
  outfile: join(outdir, 'front.cjs'),
  format: 'cjs',
  define: { C7N_TS_VERSION: JSON.stringify(version), 'import.meta.url': '__c7nTsImportMetaUrl' },
  banner: { js: "var __c7nTsImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [
    {
      name: 'actions-from-script',
      setup(b) {
        b.onResolve({ filter: new RegExp(`^${RUN_BUNDLE}$`) }, () => ({ path: RUN_BUNDLE, external: true }));
        b.onResolve({ filter: /^\.\.\/actions\/[a-z-]+\.js$/ }, (a) => ({
          path: basename(a.path, '.js'),
          namespace: 'action',
        }));
        b.onResolve({ filter: /^@c7n-ts\/core$/ }, () => ({ path: 'core', namespace: 'action' }));
        b.onResolve({ filter: /^c7n-ts:load$/ }, () => ({ path: 'load', namespace: 'load' }));
        b.onLoad({ filter: /.*/, namespace: 'load' }, () => ({ contents: load, resolveDir: dist }));
        b.onLoad({ filter: /.*/, namespace: 'action' }, (a) => ({
          contents:
            a.path === 'core'
              ? // main.ts's did-you-mean for an unknown command, its only use of core.
                "import { actions } from 'c7n-ts:load'; export const suggestion = actions().core().suggestion;"
              : `import { actions } from 'c7n-ts:load'; export default actions().${exportOf(a.path)}().default;`,
          resolveDir: dist,
        }));
      },
    },
  ],
});
if (front.outputFiles.length !== 1) throw new Error('esbuild wrote more than the front');

// Slim SDK clients (issue 17): for each client package, sdk/<package>.cjs holds the client
// class and the Commands of every operation the registry's elements declare (their IAM
// permissions), without the package index's aggregated
// client, paginators, waiters and other operations' schemas (aws clients/slim.ts): the EC2
// client's 2 MB index left 35 MB resident. clients/services.ts loads them (the manifest is
// defined in actions.cjs) and takes any other command from the full package; run-bundle.js
// compiles them with a code cache, as the SDK's own files. Every client, not only the largest:
// a 160-270 KB package (CloudTrail, IAM, S3) still costs a `run` 10-20 ms and 2-5 MB more whole.
const requireHere = createRequire(import.meta.url);
const awsDist = dirname(requireHere.resolve('@c7n-ts/aws'));
const { services } = await import(pathToFileURL(join(awsDist, 'clients', 'services.js')).href);
const { registryOperations, slimClientModule } = await import(
  pathToFileURL(join(awsDist, 'clients', 'slim.js')).href
);
const { awsRegistry } = await import(pathToFileURL(join(awsDist, 'registry.js')).href);
const registry = awsRegistry();
const byPackage = new Map();
for (const [service, ops] of registryOperations(registry)) {
  const pkg = services[service]?.package;
  if (pkg) byPackage.set(pkg, new Set([...(byPackage.get(pkg) ?? []), ...ops]));
}
const slimClients = {};
await mkdir(join(outdir, 'sdk'), { recursive: true });
for (const [pkg, ops] of [...byPackage].sort(([a], [b]) => a.localeCompare(b))) {
  const manifest = requireHere.resolve(`${pkg}/package.json`, { paths: [awsDist] });
  const index = join(dirname(manifest), 'dist-cjs', 'index.js');
  if (!existsSync(index)) continue;
  const { code, kept } = await slimClientModule(pkg, ops);
  if (kept === 'all') continue;
  const name = `${pkg.replace(/^@aws-sdk\//, '')}.cjs`;
  await writeFile(join(outdir, 'sdk', name), code);
  const { version: pkgVersion } = JSON.parse(readFileSync(manifest, 'utf8'));
  slimClients[pkg] = { file: `./sdk/${name}`, version: pkgVersion };
}

// The actions: one script exporting a function per command that evaluates its module on first
// call (esbuild wraps a module reached through require() to run on first use), so `validate`
// evaluates neither `run`'s modules nor the SDK packages they require; and core, for the front.
// Resource folders' elements are left to scripts of their own, types/<folder>.cjs, loaded when
// a command looks at one of their types (lazy-folders.mjs).
const entry = [
  ...actions.map((f) => `export const ${exportOf(basename(f, '.js'))} = () => require('./actions/${f}');`),
  "export const core = () => require('@c7n-ts/core');",
].join('\n');
const file = join(outdir, 'actions.cjs');
const scriptOptions = {
  ...common,
  write: false,
  format: 'cjs',
  metafile: true,
  define: {
    C7N_TS_VERSION: JSON.stringify(version),
    C7N_TS_SLIM_CLIENTS: JSON.stringify(JSON.stringify(slimClients)),
    // The modules' own URL is the script's (own-module.ts, services.ts find packages from it).
    'import.meta.url': '__c7nTsImportMetaUrl',
  },
  banner: { js: "var __c7nTsImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};
const plan = await planFolders(awsDist);
const resourcesDir = join(awsDist, 'resources');
const runtimeRegistry = join(awsDist, 'runtime-registry.js');
const repo = join(cli, '..', '..');
// The policy shape's validator and the elements' option validators, compiled here
// (policy-shape.mjs, validators.mjs).
const precompiled = await precompiledPolicyShape(join(repo, 'packages', 'core', 'dist'));
const validators = await precompiledValidators(join(repo, 'packages', 'core', 'dist'), registry);
// Each command runs the modules it imports, not every module a barrel re-exports.
const barrels = barrelFlattener(
  new Map(['core', 'aws'].map((pkg) => [`@c7n-ts/${pkg}`, join(repo, 'packages', pkg, 'dist', 'index.js')])),
);
// re2js, Handlebars and the other packages listed there load on first use (lazy-packages.mjs).
const packagesDir = join(repo, 'packages') + sep;
const lazy = lazyPackages(
  (importer) => importer.startsWith(packagesDir) && !importer.includes(`${sep}node_modules${sep}`),
);

/** actions.cjs, its runtime-registry.js serving the ids of `table` to the type scripts. */
async function buildActions(table) {
  const r = await build({
    ...scriptOptions,
    stdin: { contents: entry, resolveDir: dist, sourcefile: 'actions.js' },
    outfile: file,
    plugins: [
      {
        name: 'shared-exit',
        setup(b) {
          b.onResolve({ filter: /(^|\/)exit\.js$/ }, (a) =>
            join(a.resolveDir, a.path) === EXIT ? { path: SHARED_EXIT, external: true } : undefined,
          );
        },
      },
      {
        name: 'lazy-registry',
        setup(b) {
          b.onResolve({ filter: new RegExp(`^${CHUNKS_ID}$`) }, () => ({ path: CHUNKS_ID, external: true }));
          b.onLoad({ filter: /runtime-registry\.js$/ }, (a) =>
            a.path === runtimeRegistry
              ? { contents: lazyRegistrySource(plan, table), resolveDir: awsDist, loader: 'js' }
              : undefined,
          );
        },
      },
      precompiled,
      validators.plugin,
      lazy,
      barrels.plugin(repo),
    ],
  });
  if (r.outputFiles.length !== 1) throw new Error('esbuild wrote more than the one script');
  return { text: r.outputFiles[0].text, inputs: inputsOf(r.metafile, process.cwd()) };
}

/** Each lazy folder's script, bundling its modules but those of actions.cjs (`inMain`). */
async function buildTypeScripts(inMain) {
  const needs = new Map();
  const scripts = await Promise.all(
    plan.order
      .filter((folder) => !plan.eager.has(folder))
      .map(async (name) => {
        const r = await build({
          ...scriptOptions,
          stdin: {
            contents: chunkEntry(resourcesDir, name),
            resolveDir: resourcesDir,
            sourcefile: `${name}.js`,
          },
          outfile: join(outdir, 'types', `${name}.cjs`),
          plugins: [
            chunkPlugin({ root: repo, folderDir: join(resourcesDir, name), inMain, needs }),
            barrels.plugin(repo),
          ],
        });
        return { name, text: esmInterop(r.outputFiles[0].text), inputs: inputsOf(r.metafile, process.cwd()) };
      }),
  );
  return { needs, scripts };
}

// Until actions.cjs serves every id the type scripts import, and no module is in both.
let table = new Map();
let main = await buildActions(table);
let typeScripts;
for (let round = 0; ; round++) {
  const built = await buildTypeScripts(main.inputs);
  typeScripts = built.scripts;
  const same = built.needs.size === table.size && [...built.needs].every(([id, to]) => table.get(id) === to);
  if (!same) {
    table = built.needs;
    main = await buildActions(table);
  }
  const twice = typeScripts.flatMap((t) => [...t.inputs].filter((p) => main.inputs.has(p)));
  if (same && twice.length === 0) break;
  if (round === 3)
    throw new Error(`modules in actions.cjs and a type script: ${twice.slice(0, 5).join(', ')}`);
}

await barrels.verify();

// The packages actions.cjs loads on first use, each group a script of its own (lazy-packages.mjs),
// and in actions.cjs only the runtime helpers of Ajv's standalone code (validators.mjs).
const packages = await packageScripts(build, common, join(repo, 'packages', 'core'));
const strays = [...main.inputs].filter(
  (p) => LAZY_PACKAGE_DIRS.some((d) => p.includes(`/${d}`)) && !p.includes('/node_modules/ajv/dist/runtime/'),
);
if (strays.length)
  throw new Error(`actions.cjs holds modules of a lazy package: ${strays.slice(0, 5).join(', ')}`);

// The function CommonJS modules run in, written out so that run-bundle.js compiles the file as
// it is (V8 checks the cache against the source). Strict, as the ES modules it came from.
// import() of a package or a computed URL (esbuild, node:fs/promises, attach-encrypt's archive
// module) calls run-bundle.js's importer instead: Node 20 loses a script's import() callback
// when its code comes from another process's cache ("A dynamic import callback was not
// specified"). Relative imports are bundled, never left to Node; in comments and strings they
// are all that remains (JSDoc types, the local runner's source).
// run-bundle.js reads the scripts as Latin-1, which is cheaper than UTF-8; for ASCII it is the
// same text (esbuild escapes what is not, its default charset).
const IMPORT = /(?<![\w$.])import\((?!\s*['"`]\.)/g;
async function writeScript(path, text) {
  if (!isAscii(Buffer.from(text))) throw new Error(`${basename(path)} is not ASCII`);
  await mkdir(dirname(path), { recursive: true });
  const code = text.replace(IMPORT, '__c7nTsImport(');
  await writeFile(
    path,
    `(function (exports, require, module, __filename, __dirname, __c7nTsImport) {'use strict';${code}\n})`,
  );
}
// main.ts's `#!` line, for the unbundled build, is no statement of the function it is wrapped in.
await writeScript(join(outdir, 'front.cjs'), front.outputFiles[0].text.replace(/^#!.*\n/, ''));
await writeScript(file, main.text);
for (const t of typeScripts) await writeScript(join(outdir, 'types', `${t.name}.cjs`), t.text);
for (const p of packages) await writeScript(join(outdir, 'packages', `${p.name}.cjs`), p.text);
for (const [name, text] of validators.scripts)
  await writeScript(join(outdir, 'validators', `${name}.cjs`), text);

// The first run writes the code cache, with the functions it compiled: a dry run of a typical
// policy on the demo account (examples/demo-account) covers the loader, the registry and the
// schema checks every policy command goes through, and what `run` adds: listing, filters, the
// output files. It also writes the SDK clients' caches (sdk-cache/, see bin/run-bundle.js), so
// the first runs after a build (a CI's tests) do not each compile and write them.
const tmp = await mkdtemp(join(tmpdir(), 'c7n-ts-bundle-'));
const sample = join(tmp, 'sample.yml');
await writeFile(
  sample,
  `policies:
  - name: sample
    resource: aws.ec2
    filters:
      - State.Name: running
      - "tag:Owner": absent
      - type: instance-age
        days: 30
      - or:
          - type: value
            key: InstanceType
            op: in
            value: [t2.micro, t3.micro]
          - not:
              - type: marked-for-op
                op: stop
    actions:
      - type: mark-for-op
        op: stop
        days: 7
      - stop
`,
);
// This build is not current yet, so not the bin's: a script in tmp starts it.
const start = join(tmp, 'start.cjs');
await writeFile(
  start,
  `require(${JSON.stringify(join(cli, 'bin', 'run-bundle.js'))}).startFront(${JSON.stringify(outdir)});\n`,
);
const first = spawnSync(
  process.execPath,
  [
    start,
    'run',
    '-s',
    join(tmp, 'out'),
    '--dryrun',
    '--replay',
    join(cli, '..', '..', 'examples', 'demo-account'),
    '--account-id',
    '123456789012',
    '-r',
    'us-east-1',
    sample,
  ],
  { encoding: 'utf8' },
);
await rm(tmp, { recursive: true, force: true });
if (first.status !== 0 || !existsSync(`${file}.cache`))
  throw new Error(`the bundle's first run wrote no code cache (exit ${first.status}): ${first.stderr}`);

await writeFile(join(root, `current.${id}`), `${id}\n`);
await rename(join(root, `current.${id}`), join(root, 'current'));

// Builds older than a minute, but the current one and the one before, are left by CLIs long
// finished. The one before stays for a CLI started from it that has yet to load a type's script
// (a long `org run` during a rebuild). Ids start with the build's time, so they sort by it.
const builds = (await readdir(root))
  .filter((name) => name !== 'current' && !name.startsWith('current.'))
  .sort();
const previous = builds.filter((name) => name < id).at(-1);
for (const name of builds) {
  if (name === id || name === previous) continue;
  const path = join(root, name);
  if (Date.now() - (await stat(path)).mtimeMs > 60_000) await rm(path, { recursive: true, force: true });
}
