/**
 * Which top-level fields a policy reads, from its filters' and actions' `reads`. Undefined
 * when any element cannot tell, so the provider fetches everything.
 */
import type { ResourceTypeDecl } from '../define/types.js';
import { normalizeFilterItem } from '../filters/compile.js';
import { normalizeAction } from '../policy/index.js';
import type { Registry } from '../registry/index.js';

export function policyNeeds(
  data: Record<string, unknown>,
  rt: ResourceTypeDecl,
  registry: Registry,
): ReadonlySet<string> | undefined {
  const needs = new Set<string>([rt.id]);
  const add = (fields: readonly string[] | undefined): boolean => {
    if (!fields) return false;
    for (const f of fields) needs.add(f);
    return true;
  };
  const walkFilters = (items: unknown[]): boolean =>
    items.every((item) => {
      const n = normalizeFilterItem(item);
      if (n.kind === 'invalid') return false;
      if (n.kind === 'block') return walkFilters(n.items);
      const decl = registry.filter(rt.type, n.type);
      return decl?.reads ? add(decl.reads(n.options, rt)) : false;
    });
  if (!walkFilters((data.filters as unknown[]) ?? [])) return undefined;
  for (const item of (data.actions as unknown[]) ?? []) {
    const { type, options } = normalizeAction(item);
    const decl = registry.action(rt.type, type);
    if (!(decl?.reads ? add(decl.reads(options, rt)) : false)) return undefined;
  }
  return needs;
}

/** True when every filter of the list (nested blocks included) declares itself pure. */
export function filtersArePure(items: readonly unknown[], rt: ResourceTypeDecl, registry: Registry): boolean {
  return items.every((item) => {
    const n = normalizeFilterItem(item);
    if (n.kind === 'block') return filtersArePure(n.items, rt, registry);
    if (n.kind !== 'filter') return false;
    return registry.filter(rt.type, n.type)?.pure === true;
  });
}
