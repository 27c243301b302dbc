/**
 * Resource folders whose elements the CLI bundle loads on first use (issue 17), for
 * scripts/bundle.mjs. Every command used to evaluate the declarations of all 57 resource types'
 * 1,500 filters and actions; most policies name one or two types.
 *
 * - actions.cjs keeps every type's declaration (resources/<type>/resource.js), the shared
 *   elements and everything else. Its runtime-registry.js is replaced with one that hands the
 *   registry each folder's elements as a lazy source (core's LazyElementSource): they are loaded
 *   when a type they serve is first looked up.
 * - types/<folder>.cjs holds a folder's own modules. What it imports from elsewhere (core, the
 *   shared helpers, another type's declaration, a helper of another folder) it takes from
 *   actions.cjs by id, through a table of functions actions.cjs hands it; bundle.mjs builds until
 *   actions.cjs serves every such id and no module is in two scripts, so each has one instance.
 * - A folder with an element that applies to every type (or a trait) or a mode stays eager.
 *
 * In the unbundled build (tests, Lambda functions) runtime-registry.ts stays as written: eager.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The id the script loader (bin/run-bundle.js) answers with its chunk loader. */
export const CHUNKS_ID = 'c7n-ts:chunks';

/**
 * Which folders load on first use and the types each serves: `{ order, eager, serves }`.
 * `order` is runtime-registry.js's folder order, which the registry's tables keep.
 */
export async function planFolders(awsDist) {
  const resourcesDir = join(awsDist, 'resources');
  const registryText = readFileSync(join(awsDist, 'runtime-registry.js'), 'utf8');
  const byName = new Map(
    [...registryText.matchAll(/^import \* as (\w+) from '\.\/resources\/([\w-]+)\/index\.js';$/gm)].map(
      (m) => [m[1], m[2]],
    ),
  );
  const list = registryText.match(/const resourceFolders = \[([^\]]*)\]/)?.[1];
  if (!list || byName.size === 0) throw new Error('runtime-registry.js: no resource folders found');
  const order = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name) => {
      const folder = byName.get(name);
      if (!folder) throw new Error(`runtime-registry.js: ${name} is not an imported folder`);
      return folder;
    });

  const serves = new Map();
  const eager = new Set();
  for (const folder of order) {
    const { resource, elements } = await import(pathToFileURL(join(resourcesDir, folder, 'index.js')).href);
    const types = new Set([resource.type]);
    for (const decl of elements) {
      if (decl.kind === 'mode' || !Array.isArray(decl.resources)) eager.add(folder);
      else for (const t of decl.resources) types.add(t);
    }
    serves.set(folder, [...types].sort());
  }

  return { order, eager, serves };
}

const ident = (folder) => `f_${folder.replaceAll('-', '_')}`;

/**
 * The runtime-registry.js actions.cjs holds: the same folders in the same order, each lazy
 * folder's elements taken from its script on first use. `table` maps the ids the
 * scripts import (see `chunkPlugin`) to modules of actions.cjs.
 */
export function lazyRegistrySource(plan, table) {
  const lines = ["import { composeAws } from './compose.js';"];
  for (const folder of plan.order)
    lines.push(
      plan.eager.has(folder)
        ? `import * as ${ident(folder)} from './resources/${folder}/index.js';`
        : `import ${ident(folder)} from './resources/${folder}/resource.js';`,
    );
  lines.push(
    'const modules = {',
    ...[...table]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, target]) => `  ${JSON.stringify(id)}: () => require(${JSON.stringify(target)}),`),
    '};',
    'const scripts = new Map();',
    'function chunk(name) {',
    '  let s = scripts.get(name);',
    '  if (!s) {',
    `    s = require(${JSON.stringify(CHUNKS_ID)}).load(require('node:path').join(__dirname, 'types', name + '.cjs'), modules);`,
    '    scripts.set(name, s);',
    '  }',
    '  return s;',
    '}',
    'const resourceFolders = [',
    ...plan.order.map((folder) =>
      plan.eager.has(folder)
        ? `  ${ident(folder)},`
        : `  { resource: ${ident(folder)}, serves: ${JSON.stringify(plan.serves.get(folder))}, load: () => chunk(${JSON.stringify(folder)}).elements },`,
    ),
    '];',
    'export function runtimeRegistry(catalogue) {',
    '  return composeAws(resourceFolders, { ...(catalogue && { catalogue }) });',
    '}',
  );
  return lines.join('\n');
}

/** A folder's script entry: its elements. */
export function chunkEntry(resourcesDir, folder) {
  return `export { elements } from ${JSON.stringify(join(resourcesDir, folder, 'index.js'))};`;
}

/**
 * esbuild gives an ES module's default import of a CommonJS module Node's meaning, the whole
 * exports object. actions.cjs serves ES modules (marked `__esModule`): a type script's imports
 * of them take their `default` as written.
 */
export function esmInterop(text) {
  const fixed = text.replace(/__toESM\((require\("c7n-ts:[mp]\/[^"]+"\)),\s*1\)/g, '__toESM($1)');
  if (/__toESM\(require\("c7n-ts:[^"]+"\),/.test(fixed))
    throw new Error('a type script imports a module of actions.cjs as CommonJS');
  return fixed;
}

/**
 * For a folder's build: modules in the folder are bundled, unless actions.cjs holds them
 * (`inMain`); any other import becomes an id `needs` records (module path or package name),
 * served by actions.cjs's table. Node's built-ins and the SDK stay imports.
 */
export function chunkPlugin({ root, folderDir, inMain, needs }) {
  const inFolder = (abs) => abs.startsWith(folderDir + sep);
  return {
    name: 'lazy-folder-chunk',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (a) => {
        if (/^(node:|@aws-sdk\/|@smithy\/)/.test(a.path)) return { path: a.path, external: true };
        if (!a.path.startsWith('.') && !a.path.startsWith('/')) {
          const id = `c7n-ts:p/${a.path}`;
          needs.set(id, a.path);
          return { path: id, external: true };
        }
        const abs = resolve(a.resolveDir, a.path);
        if (inFolder(abs) && !inMain.has(abs)) return undefined;
        const id = `c7n-ts:m/${relative(root, abs).split(sep).join('/')}`;
        needs.set(id, abs);
        return { path: id, external: true };
      });
    },
  };
}

/** The absolute paths of a metafile's file inputs. */
export function inputsOf(metafile, cwd) {
  return new Set(
    Object.keys(metafile.inputs)
      .filter((k) => !k.includes(':'))
      .map((k) => resolve(cwd, k))
      .filter((p) => existsSync(p)),
  );
}
