import type { JSONSchema } from 'json-schema-to-ts';
import type { ActionDecl, FilterDecl, ModeDecl, Resource, ResourceTypeDecl } from './types.js';

export * from './types.js';

/*
 * Identity helpers. The schema type `S` is inferred inside the declaration, so `check`,
 * `compile` and `plan` see typed options; the result is returned with the schema erased,
 * because the registry and engine handle declarations generically (and comparing two
 * `FromSchema` types structurally is too deep for the compiler).
 */
export function defineFilter<const S extends JSONSchema, R = Resource>(
  decl: Omit<FilterDecl<S, R>, 'kind'>,
): FilterDecl<any, R> {
  return { kind: 'filter', ...decl } as FilterDecl<any, R>;
}

export function defineAction<const S extends JSONSchema, R = Resource>(
  decl: Omit<ActionDecl<S, R>, 'kind'>,
): ActionDecl<any, R> {
  return { kind: 'action', ...decl } as ActionDecl<any, R>;
}

export function defineMode<const S extends JSONSchema>(decl: Omit<ModeDecl<S>, 'kind'>): ModeDecl<any> {
  return { kind: 'mode', ...decl } as ModeDecl<any>;
}

export function defineResource<P>(decl: Omit<ResourceTypeDecl<P>, 'kind'>): ResourceTypeDecl<P> {
  return { kind: 'resource', ...decl };
}
