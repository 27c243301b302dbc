/** One ajv instance for policy validation, and a per-declaration cache of compiled schemas. */
import { Ajv, type ValidateFunction } from 'ajv';
import * as formats from 'ajv-formats';
import type { ElementDecl } from '../define/types.js';
import { precompiledValidator } from './precompiled-validators.js';

// ajv-formats is CommonJS; depending on the loader its plugin is `default` or `default.default`.
// Read when an Ajv is made, not as the module loads: the CLI bundle loads the package on first
// use (packages/cli/scripts/lazy-packages.mjs).
const addFormats = (ajv: Ajv) =>
  (((formats as any).default?.default ?? (formats as any).default) as (a: Ajv) => Ajv)(ajv);

/**
 * `source`: validators whose code Ajv's standalone module can write out, as an ES module or a
 * CommonJS one (the CLI bundle's build does for the policy shape and the elements' options, see
 * policy-shape.ts and precompiled-validators.ts).
 */
export function createAjv({
  validateSchema = true,
  source,
}: {
  validateSchema?: boolean;
  source?: 'esm' | 'cjs';
} = {}): Ajv {
  // verbose: errors carry the failing data and parent schema (for did-you-mean on keys).
  // strict false: declaration schemas may carry editor-only keywords (markdownDescription, ...).
  // optimize off: the generated validators run over a few policies, and Ajv's code optimizer
  // took over half of compiling each element's schema (what `validate` spends most time on).
  const ajv = new Ajv({
    allErrors: true,
    useDefaults: true,
    strict: false,
    verbose: true,
    validateSchema,
    code: { optimize: false, ...(source && { source: true, esm: source === 'esm' }) },
  });
  addFormats(ajv);
  return ajv;
}

/**
 * The options of the Ajv that checks policies (`sharedAjv`). The CLI bundle's build compiles the
 * policy shape with them too (packages/cli/scripts/policy-shape.mjs).
 */
export const SHARED_AJV_OPTIONS = { validateSchema: false } as const;

let shared: Ajv | undefined;

export function sharedAjv(): Ajv {
  // Declaration schemas are checked against JSON Schema's meta-schema by the schema tests
  // (the generated schema holds them all); compiling the meta-schema again on every start of
  // `validate` cost a fifth of it.
  shared ??= createAjv(SHARED_AJV_OPTIONS);
  return shared;
}

const cache = new WeakMap<ElementDecl, ValidateFunction>();

/**
 * The compiled options validator of a declaration, compiled once (in the CLI bundle, by its
 * build). Options exclude `type`, so the item is validated without it (the dispatcher already
 * consumed it).
 */
export function optionsValidator(decl: ElementDecl): ValidateFunction {
  let v = cache.get(decl);
  if (!v) {
    v = precompiledValidator?.(decl.options as object) ?? sharedAjv().compile(decl.options as object);
    cache.set(decl, v);
  }
  return v;
}
