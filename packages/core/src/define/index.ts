import type { JSONSchema } from 'json-schema-to-ts';
import type {
  ActionDecl,
  AppliesTo,
  FilterDecl,
  ModeDecl,
  Resource,
  ResourceTypeDecl,
  Trait,
} from './types.js';

export * from './types.js';

/*
 * Identity helpers. The schema type `S` is inferred inside the declaration, so `check`,
 * `compile` and `plan` see typed options; the result is returned with the schema and resource type erased,
 * because the registry and engine handle declarations generically (and comparing two
 * `FromSchema` types structurally is too deep for the compiler).
 */
export function defineFilter<const S extends JSONSchema, R = Resource>(
  decl: Omit<FilterDecl<S, R>, 'kind'>,
): FilterDecl<any, any> {
  return { kind: 'filter', ...decl } as unknown as FilterDecl<any, any>;
}

export function defineAction<const S extends JSONSchema, R = Resource>(
  decl: Omit<ActionDecl<S, R>, 'kind'>,
): ActionDecl<any, any> {
  return { kind: 'action', ...decl } as unknown as ActionDecl<any, any>;
}

export function defineMode<const S extends JSONSchema>(decl: Omit<ModeDecl<S>, 'kind'>): ModeDecl<any> {
  return { kind: 'mode', ...decl } as unknown as ModeDecl<any>;
}

export function defineResource<P>(decl: Omit<ResourceTypeDecl<P>, 'kind'>): ResourceTypeDecl<P> {
  return { kind: 'resource', ...decl };
}

/** The `source:` values a resource type accepts, `describe` (the default) first. */
export function sourcesOf(rt: Pick<ResourceTypeDecl, 'otherSources'>): string[] {
  return ['describe', ...Object.keys(rt.otherSources ?? {})];
}

/** Whether an element declared for `a` applies to the resource type `rt`. */
export function appliesTo(a: AppliesTo, rt: ResourceTypeDecl): boolean {
  if (a === '*') return true;
  if (a === 'taggable') return rt.taggable;
  if (isTrait(a)) return a.has(rt);
  return a.includes(rt.type);
}

/** Every type, every taggable type, or a trait: not a list of named types. */
export function isShared(a: AppliesTo): a is '*' | 'taggable' | Trait {
  return a === '*' || a === 'taggable' || isTrait(a);
}

function isTrait(a: AppliesTo): a is Trait {
  return typeof a === 'object' && !Array.isArray(a) && 'trait' in a;
}
