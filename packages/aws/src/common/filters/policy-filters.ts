/**
 * Which filters a policy names, as written (nested `and`/`or`/`not` blocks included), for
 * actions that Cloud Custodian validates against their sibling filters (`manager.iter_filters()`).
 */
import { normalizeFilterItem } from '@c7n-ts/core';

export function policyHasFilter(
  policy: Readonly<Record<string, unknown>> | undefined,
  type: string,
): boolean {
  const walk = (items: unknown): boolean =>
    Array.isArray(items) &&
    items.some((item) => {
      const n = normalizeFilterItem(item);
      if (n.kind === 'block') return walk(n.items);
      return n.kind === 'filter' && n.type === type;
    });
  return walk(policy?.filters);
}
