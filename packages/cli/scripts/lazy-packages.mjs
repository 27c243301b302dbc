/**
 * Third-party packages the CLI bundle evaluates on first use (issue 17), for scripts/bundle.mjs.
 *
 * esbuild runs a wrapped module's imports as the module is evaluated, so every command that
 * loads the registry ran re2js, Handlebars, JSONPath and the rest, whether or not a policy used
 * a regex, a template or a JSONPath key: a fifth of `validate`'s code cache and some 13 ms of its
 * start-up. Here each import of a listed package from our modules becomes a module whose exports
 * stand in for the package's: the first use of one (a property read, a call, `new`, `in`,
 * `instanceof`) runs the package's own script, packages/<script>.cjs (with its code cache, as
 * the type scripts), and forwards to its export; actions.cjs no longer holds their 0.65 MB.
 * Names are checked at build time: a name not listed fails the build (esbuild: no matching
 * export), and so does a listed name the package does not export. The unbundled build (tests,
 * Lambda functions) imports the packages as written.
 *
 * A stand-in is a Proxy, so a hot path pays a trap per property read: a method read from one
 * (`TreeInterpreter.search`) is bound to the package's object, so what it reads through `this`
 * goes to the object itself.
 */
/**
 * Each package: the script of the bundle holding it (packages/<script>.cjs; one script for
 * packages that must share modules, as ajv-formats Ajv's code generator), and the names our
 * modules import from it (`default`: the default import).
 */
export const LAZY_PACKAGES = {
  re2js: { script: 're2js', names: ['RE2JS'] },
  handlebars: { script: 'handlebars', names: ['default'] },
  'jsonpath-plus': { script: 'jsonpath-plus', names: ['JSONPath'] },
  '@jmespath-community/jmespath': {
    script: 'jmespath',
    names: ['compile', 'registerFunction', 'TreeInterpreter', 'TYPE_STRING'],
  },
  'csv-parse/sync': { script: 'csv-parse', names: ['parse'] },
  'fast-json-patch': { script: 'fast-json-patch', names: ['default'] },
  // Compiles what the build did not (validators.mjs): a check-items filter's, a changed schema.
  ajv: { script: 'ajv', names: ['Ajv'] },
  'ajv-formats': { script: 'ajv', names: ['default'] },
};

const NAMESPACE = 'c7n-ts-lazy-package';
// The module of actions.cjs that runs each package script once.
const SCRIPTS = 'c7n-ts-lazy-package-scripts';
const SCRIPTS_MODULE = `
const ran = new Map();
export function packageScript(name) {
  let exports = ran.get(name);
  if (!exports) {
    const file = require('node:path').join(__dirname, 'packages', name + '.cjs');
    exports = require('c7n-ts:chunks').load(file, {});
    ran.set(name, exports);
  }
  return exports;
}
`;
// The packages loaded so far, in order, for the bundle's tests.
const LOADED = "(globalThis[Symbol.for('c7n-ts.lazy-packages')] ??= [])";
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const FILTER = new RegExp(`^(${Object.keys(LAZY_PACKAGES).map(escapeRe).join('|')})$`);

// The stand-in of one export; `load` returns the package's module.exports (its script's require()).
const HELPER = `
let loaded;
const real = () => (loaded ??= load());
function member(name) {
  // A default import of a CommonJS package is its module.exports (Node's meaning, as esbuild
  // gives our ES modules); of an ES module, its default export.
  const value = () => name === 'default' ? (real().__esModule ? real().default : real()) : real()[name];
  const bound = new Map();
  return new Proxy(function () {}, {
    get(_, key) {
      const target = value();
      const v = Reflect.get(target, key, target);
      if (typeof v !== 'function' || Object.hasOwn(v, 'prototype')) return v;
      let b = bound.get(key);
      if (b?.of !== v) bound.set(key, (b = { of: v, fn: v.bind(target) }));
      return b.fn;
    },
    set: (_, key, v) => Reflect.set(value(), key, v),
    has: (_, key) => Reflect.has(value(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(value()),
    apply: (_, self, args) => Reflect.apply(value(), self, args),
    construct: (_, args) => Reflect.construct(value(), args),
  });
}
`;

/**
 * The esbuild plugin: an import of a listed package from a module of ours (`ours(path)`) gets
 * the stand-ins, which take the package from its script (`packageScripts`). Each name is checked
 * against the package as Node imports it: one it does not export fails the build, and a
 * primitive (a constant such as jmespath's TYPE_STRING) is copied, not stood in for.
 */
export function lazyPackages(ours) {
  return {
    name: 'lazy-packages',
    setup(b) {
      b.onResolve({ filter: FILTER }, (a) =>
        ours(a.importer)
          ? { path: a.path, namespace: NAMESPACE, pluginData: { resolveDir: a.resolveDir } }
          : undefined,
      );
      b.onResolve({ filter: new RegExp(`^${SCRIPTS}$`) }, () => ({ path: SCRIPTS, namespace: SCRIPTS }));
      b.onLoad({ filter: /.*/, namespace: SCRIPTS }, () => ({ contents: SCRIPTS_MODULE, loader: 'js' }));
      b.onLoad({ filter: /.*/, namespace: NAMESPACE }, async (a) => {
        const ns = await import(a.path);
        const { script, names } = LAZY_PACKAGES[a.path];
        const exports = names.map((name) => {
          if (!(name in ns) || ns[name] === undefined)
            throw new Error(`lazy-packages.mjs: ${a.path} exports no ${name}`);
          const v = ns[name];
          const init =
            v === null || (typeof v !== 'object' && typeof v !== 'function')
              ? JSON.stringify(v)
              : `member(${JSON.stringify(name)})`;
          return name === 'default' ? `export default ${init};` : `export const ${name} = ${init};`;
        });
        return {
          contents: [
            `import { packageScript } from '${SCRIPTS}';`,
            `const load = () => (${LOADED}.push(${JSON.stringify(a.path)}), packageScript(${JSON.stringify(script)})[${JSON.stringify(a.path)}]);`,
            HELPER,
            ...exports,
          ].join('\n'),
          loader: 'js',
          resolveDir: a.pluginData.resolveDir,
        };
      });
    },
  };
}

/**
 * The packages' scripts, packages/<script>.cjs: each exports its packages' module.exports by
 * name, bundled with `options` (bundle.mjs's) from `resolveDir`.
 */
export async function packageScripts(build, options, resolveDir) {
  const byScript = new Map();
  for (const [pkg, { script }] of Object.entries(LAZY_PACKAGES))
    byScript.set(script, [...(byScript.get(script) ?? []), pkg]);
  return Promise.all(
    [...byScript].map(async ([name, pkgs]) => {
      const r = await build({
        ...options,
        write: false,
        format: 'cjs',
        metafile: true,
        stdin: {
          contents: `module.exports = { ${pkgs.map((p) => `${JSON.stringify(p)}: require(${JSON.stringify(p)})`).join(', ')} };`,
          resolveDir,
          sourcefile: `${name}.js`,
        },
      });
      return { name, text: r.outputFiles[0].text, inputs: Object.keys(r.metafile.inputs) };
    }),
  );
}

/** The listed packages' directories in node_modules, to check no script but theirs holds them. */
export const LAZY_PACKAGE_DIRS = [
  ...new Set(Object.keys(LAZY_PACKAGES).map((p) => p.replace(/\/sync$/, ''))),
].map((p) => `node_modules/${p}/`);
