/**
 * The validator of a policy's own keys, compiled when the CLI is bundled rather than at every
 * start of `validate` and `run` (issue 17): Ajv's standalone code for core's `policySchema`,
 * compiled with the options of the loader's Ajv (`SHARED_AJV_OPTIONS`), in place of
 * core/src/policy/policy-shape.ts, which is undefined unbundled (load.ts compiles it there).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** An esbuild plugin giving `coreDist`'s policy/policy-shape.js the compiled validator. */
export async function precompiledPolicyShape(coreDist) {
  const { createAjv, policySchema, SHARED_AJV_OPTIONS } = await import(
    pathToFileURL(join(coreDist, 'index.js')).href
  );
  const standaloneCode = createRequire(join(coreDist, 'index.js'))('ajv/dist/standalone').default;
  const ajv = createAjv({ ...SHARED_AJV_OPTIONS, source: 'esm' });
  const file = join(coreDist, 'policy', 'policy-shape.js');
  const contents = `${standaloneCode(ajv, ajv.compile(policySchema))}\nexport { validate as precompiledPolicyShape };\n`;
  return {
    name: 'precompiled-policy-shape',
    setup(b) {
      b.onLoad({ filter: /policy-shape\.js$/ }, (a) =>
        a.path === file ? { contents, loader: 'js', resolveDir: dirname(a.path) } : undefined,
      );
    },
  };
}
