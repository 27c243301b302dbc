/**
 * Imports through a barrel (an index.js that re-exports other modules, such as @c7n-ts/core's)
 * taken from the module that defines each name, for scripts/bundle.mjs (issue 17).
 *
 * actions.cjs evaluates a command's modules on first use, which esbuild does by wrapping each
 * module in a function that first runs those it imports. A barrel's function runs every module
 * it re-exports: `validate`, through `import { formatDiagnostic } from '@c7n-ts/core'`, ran the
 * resource cache, the output writers and the mail transports, and loaded node:crypto, node:zlib
 * and node:v8 for them. With its imports flattened a command runs the modules it uses.
 *
 * Only `import { a, b as c } from '<barrel>';` lines are rewritten (tsc writes an import on one
 * line). A name is followed through `export { .. } from` and `export * from` until the module
 * that declares it; a line with a name that cannot be followed is kept as written. `verify`
 * checks every rewritten name against Node's own answer.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const IMPORT = /^import \{([^}]*)\} from '([^']+)';$/gm;
const LOCAL = /^export (?:async )?(?:function\*?|const|let|var|class) ([\w$]+)/gm;
const LOCAL_LIST = /^export \{([^}]*)\};$/gm;
const FROM = /^export \{([^}]*)\} from '([^']+)';$/gm;
const STAR = /^export \* from '([^']+)';$/gm;
const STAR_AS = /^export \* as ([\w$]+) from '([^']+)';$/gm;

/** `a`, `a as b` -> [[a, b]] (local or source name, name as seen by the importer). */
const specifiers = (list) =>
  list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [from, as = from] = s.split(/\s+as\s+/);
      return [from, as];
    });

/**
 * A flattener over the workspace's packages: `packages` maps a package name to its dist
 * index.js. Modules are read once.
 */
export function barrelFlattener(packages) {
  const modules = new Map();
  const flattened = new Map();

  const target = (file, spec) => {
    if (spec.startsWith('.')) return resolve(dirname(file), spec);
    return packages.get(spec);
  };

  function info(file) {
    let m = modules.get(file);
    if (m) return m;
    const text = readFileSync(file, 'utf8');
    const local = new Set();
    for (const [, name] of text.matchAll(LOCAL)) local.add(name);
    for (const [, list] of text.matchAll(LOCAL_LIST)) for (const [, as] of specifiers(list)) local.add(as);
    for (const [, name] of text.matchAll(STAR_AS)) local.add(name);
    if (/^export default /m.test(text)) local.add('default');
    const named = new Map();
    for (const [, list, spec] of text.matchAll(FROM)) {
      const from = target(file, spec);
      for (const [source, as] of specifiers(list)) named.set(as, from && { file: from, name: source });
    }
    const stars = [...text.matchAll(STAR)].map(([, spec]) => target(file, spec));
    m = { local, named, stars };
    modules.set(file, m);
    return m;
  }

  /** The module declaring `name` as exported by `file`, and its name there; undefined if unsure. */
  function definition(file, name, seen = new Set()) {
    if (!file || seen.has(file)) return undefined;
    seen.add(file);
    const m = info(file);
    if (m.local.has(name)) return { file, name };
    if (m.named.has(name)) {
      const to = m.named.get(name);
      return to && definition(to.file, to.name, seen);
    }
    if (name === 'default') return undefined;
    const found = m.stars.map((s) => definition(s, name, new Set(seen))).filter(Boolean);
    // One star module declares it, as ES modules resolve `export *`; otherwise keep the line.
    return found.length === 1 ? found[0] : undefined;
  }

  /** `text` of `file` with its barrel imports taken from the defining modules. */
  function flatten(file, text) {
    return text.replace(IMPORT, (line, list, spec) => {
      const barrel = target(file, spec);
      if (!barrel?.endsWith(`${sep}index.js`)) return line;
      const byFile = new Map();
      for (const [name, as] of specifiers(list)) {
        const def = definition(barrel, name);
        if (!def) return line;
        flattened.set(`${barrel}\0${name}`, def);
        if (!byFile.has(def.file)) byFile.set(def.file, []);
        byFile.get(def.file).push(def.name === as ? as : `${def.name} as ${as}`);
      }
      return [...byFile]
        .map(([from, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(from)};`)
        .join(' ');
    });
  }

  return {
    /** An esbuild plugin flattening the barrel imports of the workspace's built modules. */
    plugin(root) {
      const ours = join(root, 'packages') + sep;
      return {
        name: 'flatten-barrels',
        setup(b) {
          b.onLoad({ filter: /\.js$/ }, async (a) => {
            if (!a.path.startsWith(ours) || a.path.includes(`${sep}node_modules${sep}`)) return undefined;
            const text = await readFile(a.path, 'utf8');
            const out = flatten(a.path, text);
            return out === text ? undefined : { contents: out, loader: 'js', resolveDir: dirname(a.path) };
          });
        },
      };
    },
    /** Checks each name rewritten so far is, as Node loads the modules, the barrel's. */
    async verify() {
      const load = (file) => import(pathToFileURL(file).href);
      for (const [key, def] of flattened) {
        const [barrel, name] = key.split('\0');
        if ((await load(barrel))[name] !== (await load(def.file))[def.name])
          throw new Error(`flatten-barrels: ${name} of ${barrel} is not ${def.name} of ${def.file}`);
      }
      return flattened.size;
    },
  };
}
