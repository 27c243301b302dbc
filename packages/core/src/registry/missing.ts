/**
 * What the registry lacks against its catalogue: the sentence for a name that is not ours
 * ("not supported yet", "not available for", "unknown ... did you mean"), and the list of
 * what is not covered yet (`c7n-ts schema --missing`).
 */
import { didYouMean } from '../diagnostics/suggest.js';
import type { Registry } from './index.js';

export interface MissingName {
  messageId: string;
  message: string;
  /** The did-you-mean candidate, when the name is unknown and one is close. */
  suggestion?: string;
}

export type ElementKindName = 'filter' | 'action';

const BLOCKS = ['and', 'or', 'not'];

/** A resource type the registry does not know. */
export function explainMissingType(registry: Registry, name: string): MissingName {
  const cat = registry.catalogue;
  const known = cat?.resolveType(name);
  if (cat && known)
    return {
      messageId: 'resource-not-supported-yet',
      message: `${known}${alias(name, known)} is a ${cat.engine} resource type that c7n-ts does not support yet`,
    };
  const s = didYouMean(name, [...registry.resourceNames(), ...(cat?.allTypeNames() ?? [])]);
  return {
    messageId: 'unknown-resource',
    message: `unknown resource type "${name}"${s ? `; did you mean "${s}"?` : ''}`,
  };
}

/** ` (written "x")` when the name as written is an alias, not the type's full or short name. */
function alias(written: string, full: string): string {
  return written === full || full.endsWith(`.${written}`) ? '' : ` (written "${written}")`;
}

/** A mode the registry does not know. */
export function explainMissingMode(registry: Registry, name: string): MissingName {
  const cat = registry.catalogue;
  if (cat?.modes.has(name))
    return {
      messageId: 'mode-not-supported-yet',
      message: `mode "${name}" is a ${cat.engine} mode that c7n-ts does not support yet`,
    };
  const s = didYouMean(name, [...registry.modes.keys(), ...(cat?.modes ?? [])]);
  return { messageId: 'unknown-mode', message: `unknown mode "${name}"${s ? `; did you mean "${s}"?` : ''}` };
}

/**
 * A filter or action that resource type `rt` (a registry type) lacks. `suffix` goes after the
 * name in the "unknown" sentence (the loader says when a mapping was read as value shorthand).
 */
export function explainMissingElement(
  registry: Registry,
  kind: ElementKindName,
  rt: string,
  name: string,
  suffix = '',
): MissingName {
  const cat = registry.catalogue;
  const catType = registry.catalogueType(rt);
  const theirs = cat && catType ? cat.names(kind, catType) : new Set<string>();
  if (cat && theirs.has(name))
    return {
      messageId: `${kind}-not-supported-yet`,
      message: `${kind} "${name}" is a ${cat.engine} ${kind} of ${rt} that c7n-ts does not support yet`,
    };
  const elsewhere = registry.typesWith(kind, name);
  if (elsewhere.length > 0) {
    const list =
      elsewhere.length > 3
        ? `${elsewhere.slice(0, 3).join(', ')} and ${elsewhere.length - 3} more`
        : elsewhere.join(', ');
    return {
      messageId: `${kind}-not-available`,
      message: `${kind} "${name}" is not available for ${rt}; it exists for ${list}`,
    };
  }
  const names = [...registry.elements(kind, rt).keys(), ...theirs, ...(kind === 'filter' ? BLOCKS : [])];
  const s = didYouMean(name, names);
  return {
    messageId: `unknown-${kind}`,
    message: `unknown ${kind} "${name}"${suffix}${s ? `; did you mean "${s}"?` : ''}`,
    ...(s ? { suggestion: s } : {}),
  };
}

export interface MissingReport {
  /** Whose catalogue: `Cloud Custodian`; undefined when the registry has none. */
  engine?: string;
  /** Catalogue types with no registry type (all of them, or the one asked for). */
  types: string[];
  /** Per registry type that the catalogue knows: the names it has and the registry lacks. */
  elements: { type: string; catalogueType: string; filters: string[]; actions: string[] }[];
  modes: string[];
}

/**
 * What the catalogue has and the registry lacks; `only` narrows it to one type (either
 * engine's name for it), and is undefined-safe: an unknown `only` gives empty lists.
 */
export function missingFromCatalogue(registry: Registry, only?: string): MissingReport {
  const cat = registry.catalogue;
  if (!cat) return { types: [], elements: [], modes: [] };
  const covered = new Map<string, string>(); // catalogue type -> registry type
  for (const rt of registry.resources.keys()) {
    const c = registry.catalogueType(rt);
    if (c) covered.set(c, rt);
  }
  const onlyType = only === undefined ? undefined : (registry.resolveType(only) ?? cat.resolveType(only));
  const onlyCat = onlyType === undefined ? undefined : (registry.catalogueType(onlyType) ?? onlyType);
  const types = cat.typeNames().filter((t) => !covered.has(t) && (only === undefined || t === onlyCat));
  const elements: MissingReport['elements'] = [];
  for (const [c, rt] of [...covered].sort(([a], [b]) => a.localeCompare(b))) {
    if (only !== undefined && c !== onlyCat) continue;
    const lacks = (kind: ElementKindName) =>
      [...cat.names(kind, c)].filter((n) => !registry.elements(kind, rt).has(n)).sort();
    elements.push({ type: rt, catalogueType: c, filters: lacks('filter'), actions: lacks('action') });
  }
  const modes = [...cat.modes].filter((m) => !registry.modes.has(m)).sort();
  return { engine: cat.engine, types, elements, modes };
}
