/**
 * Slim SDK client modules (issue 17): the client class and the Commands of the operations
 * c7n-ts may call, without the package index's aggregated client (a method per operation: EC2
 * has 700), paginators, waiters, enum tables and the schemas of every other operation. The
 * Lambda archive (lambda/package.ts) keeps a policy's operations, the fan-out archive
 * (fanout/package.ts) its policy set's, and the CLI build (packages/cli/scripts/bundle.mjs)
 * every operation the registry's elements declare. A build-time module: it imports no SDK.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Registry } from '@c7n-ts/core';
import type { Plugin } from 'esbuild';
import { pureSchemaDeclarations } from '../lambda/pure-schemas.js';
import { callsForAction } from '../lambda/services.js';
import { services } from './services.js';

/**
 * Every operation an element of `registry` may call, by service key: the operation names of
 * the IAM actions the resource types (all their sources) and all their filters, actions and
 * modes declare. Permissions computed from options are asked with no options and with options
 * reading as all true, all false and all a one-item list (`force`, `enabled: false`,
 * `add?.length`), which names both branches of most; a call still missed is served by the full
 * package (clients/services.ts).
 */
export function registryOperations(registry: Registry): Map<string, Set<string>> {
  const needed = new Map<string, Set<string>>();
  const add = (actions: readonly string[]) => {
    for (const action of actions)
      for (const [service, operation] of callsForAction(action)) {
        // A wildcard (`s3:Get*`) names no operation.
        if (!/^[A-Z][A-Za-z0-9]*$/.test(operation)) continue;
        const ops = needed.get(service) ?? new Set<string>();
        needed.set(service, ops.add(operation));
      }
  };
  const variants: Record<string, unknown>[] = [
    {},
    optionsReading(true),
    optionsReading(false),
    optionsReading(['*']),
  ];
  for (const rt of registry.resources.values()) {
    add(rt.permissions);
    for (const perms of Object.values(rt.otherSources ?? {})) add(perms);
    for (const kind of ['filter', 'action'] as const)
      for (const { decl } of registry.elements(kind, rt.type).values()) {
        const perms = decl.permissions;
        if (typeof perms !== 'function') add(perms);
        else for (const opts of variants) add(tryPermissions(() => perms(opts, rt, registry)));
      }
  }
  const anyType = registry.resources.values().next().value;
  for (const { decl } of registry.modes.values()) {
    const perms = decl.permissions;
    if (typeof perms !== 'function') add(perms);
    else if (anyType) for (const opts of variants) add(tryPermissions(() => perms(opts, anyType, registry)));
  }
  return needed;
}

/** Options whose every key reads `value`: one side of a branch on any option. */
function optionsReading(value: unknown): Record<string, unknown> {
  return new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? value : undefined) });
}

function tryPermissions(perms: () => readonly string[]): readonly string[] {
  try {
    const out = perms();
    return Array.isArray(out) ? out.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

const requireHere = createRequire(import.meta.url);

/** The client class of an SDK package (`@aws-sdk/client-ec2` -> `EC2Client`). */
export function clientClassOf(pkg: string): string {
  const info = Object.values(services).find((s) => s.package === pkg);
  if (!info) throw new Error(`no service of clients/services.ts uses ${pkg}`);
  return info.client;
}

/**
 * Client packages worth a slim module: those whose CommonJS index passes 300 KB (EC2's is 2 MB,
 * then Glue, Security Hub, RDS, SSM, CloudFront, Redshift, GuardDuty). Measured on a run: loading
 * the full EC2 package left 52 MB more resident against 2 MB for its slim module, RDS 4.5 against
 * 1 MB; below 300 KB the difference is a megabyte or less, and a call the slim module lacks loads
 * both.
 */
export const SLIM_OVER_BYTES = 300_000;

export function isLargeClient(pkg: string): boolean {
  try {
    const index = join(dirname(requireHere.resolve(`${pkg}/package.json`)), 'dist-cjs', 'index.js');
    return statSync(index).size >= SLIM_OVER_BYTES;
  } catch {
    return false;
  }
}

/** The installed package's ES module build (`.../client-ec2/dist-es`). */
export function sdkEsDir(pkg: string): string {
  return join(dirname(requireHere.resolve(`${pkg}/package.json`)), 'dist-es');
}

/**
 * The source of a slim module of `pkg`, to bundle from its `dist-es` (`resolveDir`): the
 * client class and the Commands of `operations`. When one of them is no command of the client
 * (S3's IAM actions are not all operation names), or none is given, every command stays, unless
 * `dropUnknown`.
 */
export function slimClientSource(
  pkg: string,
  operations: Iterable<string>,
  /** Drop the names that are no command instead of keeping every command (a caller with a fallback). */
  dropUnknown = false,
): { contents: string; resolveDir: string; kept: string[] | 'all' } {
  const es = sdkEsDir(pkg);
  const ops = [...new Set(operations)].sort();
  const known = ops.filter((op) => existsSync(join(es, 'commands', `${op}Command.js`)));
  const kept = known.length > 0 && (dropUnknown || known.length === ops.length) ? known : 'all';
  return {
    resolveDir: es,
    kept,
    contents: [
      `export * from './${clientClassOf(pkg)}.js';`,
      ...(kept === 'all'
        ? ["export * from './commands/index.js';"]
        : kept.map((op) => `export { ${op}Command } from './commands/${op}Command.js';`)),
    ].join('\n'),
  };
}

/**
 * Lets esbuild drop the schema declarations no kept command reaches (lambda/pure-schemas.ts),
 * in every SDK client package the bundle reads.
 */
export function pureSchemasPlugin(): Plugin {
  return {
    name: 'c7n-ts-pure-schemas',
    setup(b) {
      b.onLoad(
        { filter: /[\\/]@aws-sdk[\\/]client-[a-z0-9-]+[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/ },
        async (args) => ({
          loader: 'js',
          contents: pureSchemaDeclarations(await readFile(args.path, 'utf8')),
        }),
      );
    },
  };
}

/**
 * A slim module of `pkg` for the CLI (packages/cli/scripts/bundle.mjs): CommonJS exporting a
 * function of the `require` its imports resolve with. @smithy/*, @aws-sdk/core and the SDK's
 * other packages stay imports, so the full package, when clients/services.ts falls back to it,
 * shares them (one SDK core in memory); the client's own modules and the schemas the kept
 * commands reach are bundled. Operations that are no command are dropped (the fallback serves
 * them).
 */
export async function slimClientModule(
  pkg: string,
  operations: Iterable<string>,
): Promise<{ code: string; kept: string[] | 'all' }> {
  const { build } = await import('esbuild');
  const { contents, resolveDir, kept } = slimClientSource(pkg, operations, true);
  const { outputFiles } = await build({
    stdin: { contents, resolveDir, sourcefile: `${pkg}/slim.js` },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['@aws-sdk/*', '@smithy/*'],
    mainFields: ['module', 'main'],
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'silent',
    write: false,
    plugins: [pureSchemasPlugin()],
  });
  const text = outputFiles?.[0]?.text;
  if (text === undefined) throw new Error(`esbuild produced no slim module of ${pkg}`);
  const code = [
    "'use strict';",
    'module.exports = function (require) {',
    'const module = { exports: {} };',
    'const exports = module.exports;',
    text,
    'return module.exports;',
    '};',
    '',
  ].join('\n');
  return { code, kept };
}
