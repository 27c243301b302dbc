/**
 * A policy's Lambda archive: the handler bundled by esbuild into one `index.mjs` (handler
 * string `index.handler`), `config.json` (the validated policy) and the custom templates of
 * its `notify` actions. SDK clients the policy does not call are replaced by a stub, and the
 * registry holds the policy's resource type only (its own elements, the shared ones, and the
 * declarations of the other types for related-resource filters).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isInside,
  type LoadedPolicy,
  normalizeAction,
  OUTSIDE_REASONS,
  outsideReason,
  type Registry,
} from '@c7n-ts/core';
import type { BuildOptions, Plugin } from 'esbuild';
import { pureSchemasPlugin, slimClientSource } from '../clients/slim.js';
import { ownModule } from '../own-module.js';
import { bundleCacheDir, diskBundleCache } from './bundle-cache.js';
import { lambdaConfig } from './config.js';
import { stubDeclarationShapes, stubLibraries, unneededLibraries } from './optional-libraries.js';
import { neededOperations, sdkPackageOf } from './services.js';
import { codeSha256, zipFiles } from './zip.js';

export interface BuildArchiveOptions {
  registry: Registry;
  /** c7n-ts version, recorded in config.json. */
  version: string;
  /** Extra directories searched for `notify` templates (after the policy file's directory). */
  templateDirs?: readonly string[];
}

export interface Archive {
  zip: Uint8Array;
  /** Base64 SHA-256 of the zip, as Lambda's CodeSha256. */
  sha256: string;
  size: number;
  /** Entries of the zip, sorted. */
  files: string[];
  /** Service keys whose SDK client is bundled (`ec2`, `tagging`); the others are stubs. */
  clients: string[];
}

/** The Lambda handler string for archives built here. */
export const LAMBDA_HANDLER = 'index.handler';

export async function buildArchive(policy: LoadedPolicy, opts: BuildArchiveOptions): Promise<Archive> {
  const operations = neededOperations(policy, opts.registry);
  const clients = [...operations.keys()].sort();
  const files: Record<string, Uint8Array | string> = {
    'index.mjs': await bundleHandler(operations, policy.resourceType, unneededLibraries(policy)),
    'config.json': `${JSON.stringify(lambdaConfig(policy, opts.version), null, 1)}\n`,
  };
  for (const [name, content] of await notifyTemplates(policy, opts.templateDirs ?? []))
    files[`templates/${name}`] = content;
  const zip = await zipFiles(files);
  return { zip, sha256: codeSha256(zip), size: zip.length, files: Object.keys(files).sort(), clients };
}

// Deploying many policies bundles once per resource type and client set, not once per policy.
const bundles = new Map<string, Promise<Uint8Array>>();

/** SDK package -> the operations of it a function calls. */
export type Keep = ReadonlyMap<string, readonly string[]>;

/**
 * The handler bundled for policies on `resourceType` (`aws.ec2`) with these SDK clients and
 * operations (service key -> operation names); cached for the process, and on disk across
 * processes (bundle-cache.ts) unless `C7N_TS_BUNDLE_CACHE=off`.
 */
export function bundleHandler(
  operations: ReadonlyMap<string, ReadonlySet<string>>,
  resourceType: string,
  leftOut: readonly string[] = [],
): Promise<Uint8Array> {
  const keep: Keep = new Map(
    [...operations].map(([service, ops]) => [sdkPackageOf(service), [...ops].sort()] as const).sort(),
  );
  const key = `${resourceType}|${JSON.stringify([...keep])}|${leftOut.join(',')}`;
  let b = bundles.get(key);
  if (!b) {
    b = cachedEsbuild(keep, resourceType, leftOut);
    // A failed build is not cached: the next policy tries again and reports its own error.
    b.catch(() => bundles.delete(key));
    bundles.set(key, b);
  }
  return b;
}

/** Files esbuild did not read that decide the bundle too: the plugins below and what they use. */
const OWN_INPUTS = [
  fileURLToPath(import.meta.url),
  ...[ownModule('clients/slim'), ownModule('lambda/pure-schemas')].filter((f) => f !== undefined),
];

async function cachedEsbuild(
  keep: Keep,
  resourceType: string,
  leftOut: readonly string[],
): Promise<Uint8Array> {
  const dir = bundleCacheDir();
  const { version } = await import('esbuild');
  const key = JSON.stringify({
    entry: handlerEntry(),
    esbuild: version,
    clients: [...keep],
    resourceType,
    leftOut,
  });
  const build = async () => {
    const { bundle, inputs } = await runEsbuild(keep, resourceType, leftOut);
    return { bundle, inputs: [...inputs, ...OWN_INPUTS] };
  };
  // Another process bundling the same key meanwhile (`c7n-ts test -j`) is waited for.
  return dir ? diskBundleCache(dir).getOrBuild(key, build, process.cwd()) : (await build()).bundle;
}

/**
 * How a Lambda function's handler is bundled: one minified ES module, `index.mjs`, for Node 20.
 * Our packages declare `"sideEffects": false` (importing a module registers nothing), so
 * esbuild drops the modules the handler never reaches, such as the YAML policy loader.
 */
export const LAMBDA_BUNDLE = {
  bundle: true,
  minify: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // The packages' ES module builds, which esbuild can trim (see slimClients).
  mainFields: ['module', 'main'],
  // clients/services.ts loads SDK clients through the bundled import() path.
  define: { 'process.env.C7N_TS_BUNDLED': '"1"' },
  outfile: 'index.mjs',
  write: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'silent',
  // The SDK and a few of our dependencies are CommonJS and call require() for Node builtins.
  banner: {
    js: "import { createRequire as __c7nTsCreateRequire } from 'node:module'; const require = __c7nTsCreateRequire(import.meta.url);",
  },
} satisfies BuildOptions;

async function runEsbuild(
  keep: Keep,
  resourceType: string,
  leftOut: readonly string[],
): Promise<{ bundle: Uint8Array; inputs: string[] }> {
  const { build } = await import('esbuild');
  const result = await build({
    ...LAMBDA_BUNDLE,
    // The files read, for the disk cache's check that none has changed.
    metafile: true,
    entryPoints: [handlerEntry()],
    plugins: [
      policyRegistry([resourceType]),
      stubLibraries(leftOut),
      stubDeclarationShapes(),
      stubClients(keep),
      slimClients(keep),
      // Shapes no kept command reaches are dropped (pure-schemas.ts).
      pureSchemasPlugin(),
    ],
  });
  const out = result.outputFiles.find((f) => f.path.endsWith('index.mjs'));
  if (!out) throw new Error('esbuild produced no index.mjs');
  // What the archive is made of, for `bench/` and whoever trims it (esbuild's metafile).
  const meta = process.env.C7N_TS_BUNDLE_METAFILE;
  if (meta) await writeFile(meta, JSON.stringify(result.metafile));
  // Plugin-made modules are listed as `namespace:name`; their own inputs are listed apart.
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !/^[a-z0-9-]+:/.test(p));
  return { bundle: out.contents, inputs };
}

/** The handler module (built, or the source in tests). */
function handlerEntry(): string {
  const file = ownModule('lambda/handler');
  if (!file) throw new Error('the Lambda handler module is not installed beside c7n-ts');
  return file;
}

/**
 * The handler's `runtime-registry.js` becomes one composed from the folders of `resourceTypes`
 * alone: the other types' elements (and the modules they import) stay out of the archive.
 * `handler` matches the importing handler module (the fan-out's too, fanout/package.ts).
 */
export function policyRegistry(
  resourceTypes: readonly string[],
  handler = /[\\/]lambda[\\/]handler\.[jt]s$/,
): Plugin {
  const types = [...new Set(resourceTypes)].sort();
  const folders = types.map((t) => ownModule(`resources/${t.replace(/^aws\./, '')}/index`));
  const compose = ownModule('compose');
  const declarations = ownModule('resources/index');
  return {
    name: 'c7n-ts-policy-registry',
    setup(b) {
      b.onResolve({ filter: /[\\/]runtime-registry\.js$/ }, (args) =>
        handler.test(args.importer) ? { path: types.join(','), namespace: 'c7n-ts-registry' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'c7n-ts-registry' }, () => {
        const missing = types.filter((_, i) => !folders[i]);
        if (missing.length > 0 || !compose || !declarations)
          return { errors: [{ text: `no resource folder for ${missing.join(', ')} beside c7n-ts` }] };
        return {
          loader: 'js',
          resolveDir: dirname(compose),
          contents: [
            `import { composeAws } from ${JSON.stringify(compose)};`,
            `import { awsResources } from ${JSON.stringify(declarations)};`,
            ...folders.map((f, i) => `import * as folder${i} from ${JSON.stringify(f)};`),
            `export const runtimeRegistry = () => composeAws([${folders.map((_, i) => `folder${i}`).join(', ')}], { related: awsResources });`,
          ].join('\n'),
        };
      });
    },
  };
}

const SERVICES_MODULE = /[\\/]clients[\\/]services\.[jt]s$/;

/** Replaces every SDK client package not in `keep` with a module that fails when loaded. */
export function stubClients(keep: Keep): Plugin {
  return {
    name: 'c7n-ts-stub-clients',
    setup(b) {
      // Every client is imported by clients/services.ts alone; the SDK's own internal clients
      // (credential providers') are other packages and stay.
      b.onResolve({ filter: /^@aws-sdk\/client-[a-z0-9-]+$/ }, (args) =>
        keep.has(args.path) || !SERVICES_MODULE.test(args.importer)
          ? undefined
          : { path: args.path, namespace: 'c7n-ts-stub' },
      );
      b.onLoad({ filter: /.*/, namespace: 'c7n-ts-stub' }, (args) => ({
        loader: 'js',
        // Clients are imported on first use (clients/services.ts), so this runs only if the
        // policy calls a service its permissions do not name. The policy name is read from
        // config.json so one bundle serves every policy with the same clients; the fan-out's
        // config.json holds a policy set instead.
        contents: [
          "import { readFileSync } from 'node:fs';",
          "let policy = '?';",
          "try { const c = JSON.parse(readFileSync(new URL('./config.json', import.meta.url), 'utf8')); policy = c.policy ? c.policy.name : '(any of the fan-out)'; } catch {}",
          `throw new Error(\`c7n-ts: the ${args.path} client was not bundled for policy \${policy}: no permission of the policy names this service\`);`,
        ].join('\n'),
      }));
    },
  };
}

/**
 * What clients/services.ts gets for a bundled client: the client class and the commands of the
 * operations the policy calls, not the package's whole index (clients/slim.ts). The index also
 * builds the aggregated client (a method per operation: EC2 has 700), paginators, waiters and
 * enum tables at load. When a needed name is no command of the client (S3's IAM actions are not
 * all operation names), every command stays, so any call still works. Exported for the fan-out
 * archive (fanout/package.ts).
 */
export function slimClients(keep: Keep): Plugin {
  return {
    name: 'c7n-ts-slim-clients',
    setup(b) {
      b.onResolve({ filter: /^@aws-sdk\/client-[a-z0-9-]+$/ }, (args) =>
        keep.has(args.path) && SERVICES_MODULE.test(args.importer)
          ? { path: args.path, namespace: 'c7n-ts-slim' }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'c7n-ts-slim' }, (args) => {
        const { contents, resolveDir } = slimClientSource(args.path, keep.get(args.path) ?? []);
        return { loader: 'js', resolveDir, contents };
      });
    },
  };
}

/**
 * Templates named by the policy's `notify` actions that exist as files: looked up in the
 * policy file's directory, its `templates/` folder, then `templateDirs`. A template name
 * that is not a file there is left to notify's own lookup (its built-in templates).
 */
async function notifyTemplates(
  policy: LoadedPolicy,
  templateDirs: readonly string[],
): Promise<Map<string, Uint8Array>> {
  const found = new Map<string, Uint8Array>();
  const dirs = [policy.baseDir, join(policy.baseDir, 'templates'), ...templateDirs];
  for (const item of (policy.data.actions as unknown[] | undefined) ?? []) {
    const { type, options } = normalizeAction(item);
    const template = options.template;
    if (type !== 'notify' || typeof template !== 'string' || template === '') continue;
    // The loader refuses these; a caller that skipped it must not zip /etc/passwd either.
    const why = outsideReason(template, policy.baseDir, dirs);
    if (why) throw new Error(`notify template "${template}" is ${OUTSIDE_REASONS[why]}; not packaged`);
    const path = dirs.map((d) => join(d, template)).find((p) => existsSync(p));
    if (path && !isInside(path, dirs))
      throw new Error(`notify template "${template}" is ${OUTSIDE_REASONS.outside}; not packaged`);
    if (path) found.set(basename(template), await readFile(path));
  }
  return found;
}
