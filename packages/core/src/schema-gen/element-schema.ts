/**
 * `c7n-ts schema <path>` lookups: `aws.ec2`, `ec2.filters`, `aws.ec2.filters.value`, `mode`,
 * `mode.periodic`. An unknown segment gets a did-you-mean from what exists at that level.
 */
import type { ElementDecl, ElementDoc, ResourceTypeDecl } from '../define/types.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Registry } from '../registry/index.js';
import { explainMissingElement, explainMissingMode, explainMissingType } from '../registry/missing.js';
import { elementDefinition, sortKeys } from './generate.js';

export interface ElementInfo {
  kind: 'filter' | 'action' | 'mode' | 'resource';
  name: string;
  /** Where the declaration came from (the registry source), or the provider for resources. */
  origin: string;
  doc: ElementDoc;
  /** Static permissions; `undefined` when they depend on options (a function). */
  permissions: readonly string[] | undefined;
  /** Options schema with `type` (elements); for resources, `{fields}`. */
  schema: Record<string, unknown>;
  deprecated?: ElementDecl['deprecated'];
}

export interface ChildList {
  kind: 'list';
  /** The normalised path listed, e.g. `aws.ec2.filters` (`` for the root). */
  path: string;
  children: { name: string; summary: string }[];
}

export interface UnknownPath {
  kind: 'unknown';
  message: string;
  suggestion?: string;
}

export type SchemaLookup = ElementInfo | ChildList | UnknownPath;

const SECTIONS = ['actions', 'filters'] as const;

export function elementSchema(registry: Registry, path: string): SchemaLookup {
  const segs = path.split('.').filter((s) => s !== '');
  if (segs.length === 0) {
    const providers = [...new Set([...registry.resources.values()].map((r) => r.provider))].sort();
    return {
      kind: 'list',
      path: '',
      children: [
        ...providers.map((p) => ({ name: p, summary: `resource types of ${p}` })),
        { name: 'mode', summary: 'execution modes' },
      ],
    };
  }
  if (segs[0] === 'mode' || segs[0] === 'modes') return modeLookup(registry, segs.slice(1));

  // Resource names contain dots (`aws.ec2`): take the longest prefix that names a type.
  for (let n = segs.length; n > 0; n--) {
    const rt = registry.resource(segs.slice(0, n).join('.'));
    if (rt) return resourceLookup(registry, rt, segs.slice(n));
  }
  const providers = [...new Set([...registry.resources.values()].map((r) => r.provider))];
  if (segs.length === 1 && providers.includes(segs[0]!)) {
    return {
      kind: 'list',
      path: segs[0]!,
      children: [...registry.resources.values()]
        .filter((r) => r.provider === segs[0])
        .map((r) => ({ name: r.type, summary: r.doc.summary })),
    };
  }
  // A type of the catalogue, written in full (`aws.glacier.filters`) or short (`glacier.filters`).
  for (let n = segs.length; n > 0; n--) {
    const name = segs.slice(0, n).join('.');
    if (registry.catalogue?.resolveType(name))
      return { kind: 'unknown', message: explainMissingType(registry, name).message };
  }
  const tried = segs.length > 1 ? segs.slice(0, 2).join('.') : segs[0]!;
  return unknown('resource type', tried, [...registry.resourceNames(), ...providers, 'mode']);
}

function unknown(what: string, name: string, candidates: Iterable<string>): UnknownPath {
  const s = didYouMean(name, candidates);
  return {
    kind: 'unknown',
    message: `unknown ${what} "${name}"${s ? `; did you mean "${s}"?` : ''}`,
    ...(s ? { suggestion: s } : {}),
  };
}

function resourceLookup(registry: Registry, rt: ResourceTypeDecl, rest: string[]): SchemaLookup {
  if (rest.length === 0)
    return {
      kind: 'resource',
      name: rt.type,
      origin: rt.provider,
      doc: rt.doc,
      permissions: rt.permissions,
      schema: { fields: [...rt.fields], id: rt.id, taggable: rt.taggable, aliases: [...(rt.aliases ?? [])] },
    };
  const section = rest[0]!;
  if (!(SECTIONS as readonly string[]).includes(section))
    return unknown(`section of ${rt.type}`, section, SECTIONS);
  const kind = section === 'filters' ? 'filter' : 'action';
  const table = registry.elements(kind, rt.type);
  if (rest.length === 1)
    return {
      kind: 'list',
      path: `${rt.type}.${section}`,
      children: [...table.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, { decl }]) => ({
          name,
          summary: name === decl.type ? decl.doc.summary : `Alias of ${decl.type}. ${decl.doc.summary}`,
        })),
    };
  const name = rest.slice(1).join('.');
  const hit = table.get(name);
  if (!hit) {
    const why = explainMissingElement(registry, kind, rt.type, name);
    if (why.messageId.endsWith('-not-supported-yet')) return { kind: 'unknown', message: why.message };
    return unknown(`${kind} of ${rt.type}`, name, table.keys());
  }
  return info(hit.decl, name, hit.origin);
}

function modeLookup(registry: Registry, rest: string[]): SchemaLookup {
  if (rest.length === 0)
    return {
      kind: 'list',
      path: 'mode',
      children: [...registry.modes.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, { decl }]) => ({ name, summary: decl.doc.summary })),
    };
  const name = rest.join('.');
  const hit = registry.modes.get(name);
  if (!hit && registry.catalogue?.modes.has(name))
    return { kind: 'unknown', message: explainMissingMode(registry, name).message };
  if (!hit) return unknown('mode', name, registry.modes.keys());
  return info(hit.decl, name, hit.origin);
}

function info(decl: ElementDecl, name: string, origin: string): ElementInfo {
  return {
    kind: decl.kind,
    name,
    origin,
    doc: decl.doc,
    permissions: typeof decl.permissions === 'function' ? undefined : decl.permissions,
    schema: sortKeys(elementDefinition(decl)) as Record<string, unknown>,
    ...(decl.deprecated ? { deprecated: decl.deprecated } : {}),
  };
}
