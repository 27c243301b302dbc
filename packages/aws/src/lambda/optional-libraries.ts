/**
 * Libraries a policy's function loads only for some policies. A function whose policy does not
 * need one gets a stub in its place, which fails with a sentence if it is ever called:
 * - Ajv checks element options, which happens when the policy is validated (at package time),
 *   never in the function;
 * - Handlebars renders `notify` messages;
 * - re2js runs the policy's regular expressions and globs.
 * Together about 400 KB of the bundle (before compression) and of what a cold start parses.
 */
import type { LoadedPolicy } from '@c7n-ts/core';
import type { Plugin } from 'esbuild';

interface OptionalLibrary {
  /** Package names replaced by the same stub. */
  packages: readonly string[];
  /** Named exports our modules import from them (the stub must have them to bundle). */
  exports: readonly string[];
  needed(policyText: string): boolean;
  why: string;
}

const LIBRARIES: readonly OptionalLibrary[] = [
  {
    packages: ['ajv', 'ajv-formats'],
    exports: ['Ajv'],
    needed: () => false,
    why: 'policies are validated when they are packaged',
  },
  {
    packages: ['handlebars'],
    exports: [],
    // notify as an action, or as the op of mark-for-op.
    needed: (text) => text.includes('"notify"'),
    why: 'the policy has no notify action',
  },
  {
    packages: ['re2js'],
    exports: ['RE2JS'],
    // value ops regex / regex-case / glob, value_regex (value filters and reduce).
    needed: (text) => /regex|glob/.test(text),
    why: 'the policy has no regex or glob',
  },
];

/** The optional libraries this policy's function leaves out, by package name. */
export function unneededLibraries(policy: Pick<LoadedPolicy, 'data'>): string[] {
  const text = JSON.stringify(policy.data);
  return LIBRARIES.filter((l) => !l.needed(text))
    .flatMap((l) => l.packages)
    .sort();
}

/** Replaces each package of `left` with a stub that throws when used. */
export function stubLibraries(left: readonly string[]): Plugin {
  const byPackage = new Map(LIBRARIES.flatMap((l) => l.packages.map((p) => [p, l] as const)));
  const names = new Set(left);
  return {
    name: 'c7n-ts-optional-libraries',
    setup(b) {
      b.onResolve({ filter: /^[a-z0-9][a-z0-9-]*$/ }, (args) =>
        names.has(args.path) ? { path: args.path, namespace: 'c7n-ts-optional' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'c7n-ts-optional' }, (args) => {
        const lib = byPackage.get(args.path);
        const message = `c7n-ts: ${args.path} was left out of this function: ${lib?.why ?? 'not needed'}`;
        return {
          loader: 'js',
          contents: [
            `const fail = () => { throw new Error(${JSON.stringify(message)}); };`,
            "const stub = new Proxy(function () {}, { get: (_, k) => (k === '__esModule' || typeof k === 'symbol' ? undefined : fail()), apply: fail, construct: fail });",
            'export default stub;',
            ...(lib?.exports ?? []).map((name) => `export const ${name} = stub;`),
          ].join('\n'),
        };
      });
    },
  };
}

/**
 * The SDK shapes resource declarations derive their `fields` from (generated/fields.ts, 90 KB):
 * only validation and schemas read those fields, so the declarations get an empty stand-in. An
 * element that reads a shape itself (an action's accepted parameters) still gets the real one.
 */
export function stubDeclarationShapes(): Plugin {
  return {
    name: 'c7n-ts-declaration-shapes',
    setup(b) {
      b.onResolve({ filter: /[\\/]generated[\\/]fields\.js$/ }, (args) =>
        /[\\/]resources[\\/]types\.[jt]s$/.test(args.importer)
          ? { path: 'fields', namespace: 'c7n-ts-shapes' }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'c7n-ts-shapes' }, () => ({
        loader: 'js',
        contents: 'export const sdkShapes = {};\nexport const sdkShapeRefs = {};',
      }));
    },
  };
}
