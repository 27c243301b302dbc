/**
 * The JSON Schema (draft-07) of a whole policy file, for editors: yaml-language-server gives
 * completion, hover text (each definition's `description`) and squiggles from it. The loader
 * does not use it: it validates each element against its own schema for better messages.
 */
import { isShared } from '../define/index.js';
import type { ElementDecl, FilterDecl, JSONSchema, ResourceTypeDecl } from '../define/types.js';
import { policyProperties } from '../policy/policy-schema.js';
import type { Registry } from '../registry/index.js';

type Schema = Record<string, unknown>;
type Kind = 'filter' | 'action';

const SECTION: Record<Kind, 'filters' | 'actions'> = { filter: 'filters', action: 'actions' };
const BLOCKS = ['and', 'not', 'or'] as const;

/** Pointer-safe key for a definition name (`/` and `~` would break `$ref`). */
function defKey(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function generatePolicySchema(registry: Registry): Schema {
  const elementDefs: Record<Kind, Schema> = { filter: {}, action: {} };
  const resources: Schema = {};
  const keyOf = elementKeys(registry);

  for (const rt of registry.resources.values()) {
    const def: Schema = {};
    for (const kind of ['filter', 'action'] as const) {
      const table = registry.elements(kind, rt.type);
      const refs: Schema[] = [];
      const seen = new Set<ElementDecl>();
      for (const { decl } of [...table.values()].sort((a, b) => a.decl.type.localeCompare(b.decl.type))) {
        if (seen.has(decl)) continue;
        seen.add(decl);
        const key = keyOf.get(decl)!;
        elementDefs[kind][key] ??= elementDefinition(decl);
        refs.push({ $ref: `#/definitions/${SECTION[kind]}/${defKey(key)}` });
      }
      refs.push({ enum: [...table.keys()].sort(), description: `A ${kind} with no options, by name.` });
      if (kind === 'filter') {
        if (table.has('value')) refs.push({ $ref: '#/definitions/valueShorthand' });
        const self = `#/definitions/resources/${defKey(rt.type)}/properties/filters`;
        for (const op of BLOCKS) refs.push(block(op, self));
      }
      def[SECTION[kind]] = { type: 'array', items: { anyOf: refs } };
    }
    resources[rt.type] = {
      description: rt.doc.summary,
      properties: { filters: def.filters, actions: def.actions },
    };
  }

  const modes: Schema = {};
  for (const [name, { decl }] of registry.modes) modes[name] = elementDefinition(decl);

  const definitions: Schema = {
    filters: elementDefs.filter,
    actions: elementDefs.action,
    modes,
    resources,
    mode: {
      description: 'How and when the policy runs; `pull` (from the CLI) when omitted.',
      anyOf: Object.keys(modes)
        .sort()
        .map((m) => ({ $ref: `#/definitions/modes/${defKey(m)}` })),
    },
    valueShorthand: {
      description: 'Value filter shorthand: `- "tag:Owner": absent`, `- State.Name: running`.',
      type: 'object',
      minProperties: 1,
      maxProperties: 1,
      not: { anyOf: ['type', ...BLOCKS].map((k) => ({ required: [k] })) },
    },
    conditions: conditionsDefinition(registry, keyOf),
    policy: policyDefinition(registry),
  };

  return sortKeys({
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'c7n-ts policy file',
    description: 'A list of policies, each a resource type with filters, actions and a mode.',
    type: 'object',
    additionalProperties: false,
    required: ['policies'],
    properties: {
      policies: {
        type: 'array',
        items: { $ref: '#/definitions/policy' },
        description: 'The policies of this file.',
      },
      vars: { type: 'object', description: 'Free-form block, a home for YAML anchors shared by policies.' },
    },
    definitions,
  }) as Schema;
}

/**
 * Definition names: the element's name, unless several declarations share it (a resource-
 * specific override of a generic element), then `name.<first resource>` for the specific ones.
 */
function elementKeys(registry: Registry): Map<ElementDecl, string> {
  const byName = new Map<string, Set<ElementDecl>>();
  for (const kind of ['filter', 'action'] as const)
    for (const rt of registry.resources.keys())
      for (const { decl } of registry.elements(kind, rt).values()) {
        const set = byName.get(`${kind}:${decl.type}`) ?? new Set();
        set.add(decl);
        byName.set(`${kind}:${decl.type}`, set);
      }
  const out = new Map<ElementDecl, string>();
  for (const set of byName.values()) {
    for (const decl of set) {
      const r = decl.resources;
      out.set(
        decl,
        set.size === 1 || isShared(r) ? decl.type : `${decl.type}.${[...r].sort()[0] ?? 'specific'}`,
      );
    }
  }
  return out;
}

function block(op: string, ref: string): Schema {
  return {
    description: `${op === 'not' ? 'None' : op === 'and' ? 'All' : 'Any'} of these filters must match.`,
    type: 'object',
    additionalProperties: false,
    required: [op],
    properties: { [op]: { $ref: ref } },
  };
}

/** An element's options schema with `type` added, and its doc summary as hover text. */
export function elementDefinition(decl: ElementDecl): Schema {
  const names = [decl.type, ...(decl.aliases ?? [])];
  const typeProp = { enum: names, description: decl.doc.summary };
  const opts = structuredClone(decl.options as JSONSchema) as Schema | boolean;
  const description = decl.deprecated
    ? `${decl.doc.summary} Deprecated since ${decl.deprecated.since}: ${decl.deprecated.message}`
    : decl.doc.summary;
  if (typeof opts === 'object' && (opts.type === 'object' || opts.properties) && !opts.anyOf && !opts.oneOf) {
    return {
      ...opts,
      type: 'object',
      description,
      required: ['type', ...((opts.required as string[] | undefined) ?? [])],
      properties: { ...((opts.properties as Schema | undefined) ?? {}), type: typeProp },
    };
  }
  // Options that are not a plain object schema cannot take `type` as a property; combine.
  const rest = typeof opts === 'object' ? { ...opts } : {};
  delete rest.additionalProperties;
  return {
    description,
    allOf: [{ type: 'object', required: ['type'], properties: { type: typeProp } }, rest],
  };
}

function conditionsDefinition(registry: Registry, keyOf: Map<ElementDecl, string>): Schema {
  const refs: Schema[] = [];
  const first = registry.resources.keys().next().value as string | undefined;
  for (const name of ['event', 'value']) {
    const decl: FilterDecl<any, any> | undefined = first ? registry.filter(first, name) : undefined;
    if (decl) refs.push({ $ref: `#/definitions/filters/${defKey(keyOf.get(decl) ?? name)}` });
  }
  if (refs.length === 0) refs.push({ type: 'object' });
  else refs.push({ $ref: '#/definitions/valueShorthand' });
  for (const op of BLOCKS) refs.push(block(op, '#/definitions/conditions'));
  return {
    description: 'Filters over {region, account_id, now, policy}; the policy runs only when all match.',
    type: 'array',
    items: { anyOf: refs },
  };
}

function policyDefinition(registry: Registry): Schema {
  const properties: Schema = {
    ...structuredClone(policyProperties),
    resource: { ...policyProperties.resource, enum: registry.resourceNames() },
    mode: { $ref: '#/definitions/mode' },
    conditions: { $ref: '#/definitions/conditions' },
    filters: { ...policyProperties.filters, type: 'array' },
    actions: { ...policyProperties.actions, type: 'array' },
  };
  const allOf = [...registry.resources.values()].map((rt: ResourceTypeDecl) => ({
    if: {
      properties: { resource: { enum: [rt.type, ...(rt.aliases ?? [])].sort() } },
      required: ['resource'],
    },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited.
    then: { properties: filtersAndActions(rt.type) },
  }));
  return {
    description: 'One policy: a resource type, filters to select resources, actions to apply.',
    type: 'object',
    additionalProperties: false,
    required: ['name', 'resource'],
    properties,
    ...(allOf.length ? { allOf } : {}),
  };
}

function filtersAndActions(type: string): Schema {
  const base = `#/definitions/resources/${defKey(type)}/properties`;
  return { filters: { $ref: `${base}/filters` }, actions: { $ref: `${base}/actions` } };
}

/** Recursively sorted object keys, so the committed schema diffs cleanly. */
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
  return out;
}
