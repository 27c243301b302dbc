/**
 * Third-party packages the CLI bundle evaluates on first use (issue 17), for scripts/bundle.mjs.
 *
 * esbuild runs a wrapped module's imports as the module is evaluated, so every command that
 * loads the registry ran re2js, Handlebars, JSONPath and the rest, whether or not a policy used
 * a regex, a template or a JSONPath key: a fifth of `validate`'s code cache and some 13 ms of its
 * start-up. Here each import of a listed package from our modules becomes a module whose exports
 * stand in for the package's: the first use of one (a property read, a call, `new`, `in`,
 * `instanceof`) requires the package and forwards to its export. Names are checked at build
 * time: a name not listed fails the build (esbuild: no matching export), and so does a listed
 * name the package does not export. The unbundled build (tests, Lambda functions)
 * imports the packages as written.
 *
 * A stand-in is a Proxy, so a hot path pays a trap per property read: a method read from one
 * (`TreeInterpreter.search`) is bound to the package's object, so what it reads through `this`
 * goes to the object itself.
 */
/** Each package and the names our modules import from it (`default`: the default import). */
export const LAZY_PACKAGES = {
  re2js: ['RE2JS'],
  handlebars: ['default'],
  'jsonpath-plus': ['JSONPath'],
  '@jmespath-community/jmespath': ['compile', 'registerFunction', 'TreeInterpreter', 'TYPE_STRING'],
  'csv-parse/sync': ['parse'],
  'fast-json-patch': ['default'],
};

const NAMESPACE = 'c7n-ts-lazy-package';
// The packages loaded so far, in order, for the bundle's tests.
const LOADED = "(globalThis[Symbol.for('c7n-ts.lazy-packages')] ??= [])";
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const FILTER = new RegExp(`^(${Object.keys(LAZY_PACKAGES).map(escapeRe).join('|')})$`);

// The stand-in of one export; `load` returns the package's module.exports (require()).
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
 * the stand-ins; the stand-ins' own require of it resolves as usual. Each name is checked
 * against the package as Node imports it: one it does not export fails the build, and a
 * primitive (a constant such as jmespath's TYPE_STRING) is copied, not stood in for.
 */
export function lazyPackages(ours) {
  return {
    name: 'lazy-packages',
    setup(b) {
      b.onResolve({ filter: FILTER }, (a) =>
        a.namespace === NAMESPACE || !ours(a.importer)
          ? undefined
          : { path: a.path, namespace: NAMESPACE, pluginData: { resolveDir: a.resolveDir } },
      );
      b.onLoad({ filter: /.*/, namespace: NAMESPACE }, async (a) => {
        const ns = await import(a.path);
        const exports = LAZY_PACKAGES[a.path].map((name) => {
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
            `const load = () => (${LOADED}.push(${JSON.stringify(a.path)}), require(${JSON.stringify(a.path)}));`,
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
