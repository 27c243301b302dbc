import type { JSONSchema } from 'json-schema-to-ts';
import type { ActionDecl, FilterDecl, ModeDecl, Resource, ResourceTypeDecl } from './types.js';

export * from './types.js';

/** Identity helpers: they exist so TypeScript infers option types from each schema. */
export function defineFilter<const S extends JSONSchema, R = Resource>(
  decl: Omit<FilterDecl<S, R>, 'kind'>,
): FilterDecl<S, R> {
  return { kind: 'filter', ...decl };
}

export function defineAction<const S extends JSONSchema, R = Resource>(
  decl: Omit<ActionDecl<S, R>, 'kind'>,
): ActionDecl<S, R> {
  return { kind: 'action', ...decl };
}

export function defineMode<const S extends JSONSchema>(decl: Omit<ModeDecl<S>, 'kind'>): ModeDecl<S> {
  return { kind: 'mode', ...decl };
}

export function defineResource<P>(decl: Omit<ResourceTypeDecl<P>, 'kind'>): ResourceTypeDecl<P> {
  return { kind: 'resource', ...decl };
}
