/**
 * The element option validators of the CLI bundle (issue 17), for scripts/bundle.mjs: Ajv's
 * standalone code for each distinct options schema of the registry's filters, actions and modes,
 * one script per schema in validators/<name>.cjs (core's `validatorName` of the schema's JSON
 * text), each holding `{ schema, validate }`. In actions.cjs, core's precompiled-validators.js
 * becomes a loader of them (run with a code cache, as the type scripts), so `validate` and `run`
 * compile no element's schema and, for most policies, never load Ajv. A schema without a file
 * (or whose file holds another schema of the same name) is compiled at run time as unbundled.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// What Ajv's standalone code may require, served from actions.cjs to the scripts.
const RUNTIME = ['ajv/dist/runtime/ucs2length'];

/** Code points above ASCII as escapes: the bundle's scripts are ASCII (bundle.mjs). */
const ascii = (text) =>
  text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The scripts' texts, by name, for the declarations of `registry` (every type's filters and
 * actions, and the modes), and the esbuild plugin giving actions.cjs their loader.
 */
export async function precompiledValidators(coreDist, registry) {
  const { createAjv, SHARED_AJV_OPTIONS, validatorName } = await import(
    pathToFileURL(join(coreDist, 'index.js')).href
  );
  const standaloneCode = createRequire(join(coreDist, 'index.js'))('ajv/dist/standalone').default;
  const schemas = new Set();
  for (const type of registry.resourceNames())
    for (const kind of ['filter', 'action'])
      for (const [, { decl }] of registry.elements(kind, type)) schemas.add(JSON.stringify(decl.options));
  for (const [, { decl }] of registry.modes) schemas.add(JSON.stringify(decl.options));

  const ajv = createAjv({ ...SHARED_AJV_OPTIONS, source: 'cjs' });
  const scripts = new Map();
  for (const json of schemas) {
    const name = validatorName(json);
    // Names shared by two schemas: the first keeps the file, the other compiles at run time.
    if (scripts.has(name)) continue;
    const code = standaloneCode(ajv, ajv.compile(JSON.parse(json)));
    for (const [, id] of code.matchAll(/\brequire\("([^"]+)"\)/g))
      if (!RUNTIME.includes(id)) throw new Error(`validators.mjs: a validator requires ${id}, not served`);
    scripts.set(
      name,
      ascii(`${code}\nmodule.exports = { schema: ${JSON.stringify(json)}, validate: module.exports };`),
    );
  }

  const file = join(coreDist, 'policy', 'precompiled-validators.js');
  const contents = `
import { validatorName } from './validator-name.js';
const runtime = { ${RUNTIME.map((id) => `${JSON.stringify(id)}: () => require(${JSON.stringify(id)})`).join(', ')} };
const loaded = new Map();
export function precompiledValidator(schema) {
  const json = JSON.stringify(schema);
  const name = validatorName(json);
  let script = loaded.get(name);
  if (script === undefined) {
    try {
      script = require('c7n-ts:chunks').load(require('node:path').join(__dirname, 'validators', name + '.cjs'), runtime);
    } catch (e) {
      if (e?.code !== 'ENOENT') throw e;
      script = null;
    }
    loaded.set(name, script);
  }
  return script?.schema === json ? script.validate : undefined;
}
`;
  const plugin = {
    name: 'precompiled-validators',
    setup(b) {
      b.onLoad({ filter: /precompiled-validators\.js$/ }, (a) =>
        a.path === file ? { contents, loader: 'js', resolveDir: dirname(a.path) } : undefined,
      );
    },
  };
  return { scripts, plugin };
}
