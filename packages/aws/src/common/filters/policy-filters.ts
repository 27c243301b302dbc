/**
 * Which filters a policy names, as written (nested `and`/`or`/`not` blocks included), for
 * actions that Cloud Custodian validates against their sibling filters (`manager.iter_filters()`).
 */
import { normalizeFilterItem, type Problem } from '@c7n-ts/core';

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

/**
 * Cloud Custodian's check on actions whose `matched` reads what the `cross-account` filter
 * found: the policy must use that filter. `key` is the option holding `matched`.
 */
export function matchedNeedsCrossAccount(
  opts: Readonly<Record<string, unknown>>,
  key: string,
  policy: Readonly<Record<string, unknown>> | undefined,
): Problem[] {
  // Without the policy (an element checked alone) there is nothing to look at.
  if (opts[key] !== 'matched' || !policy || policyHasFilter(policy, 'cross-account')) return [];
  return [
    {
      messageId: 'matched-needs-cross-account',
      message: `\`${key}: matched\` needs the cross-account filter in the same policy.`,
      hint: `Add a \`cross-account\` filter, or list the accounts in \`${key}\`.`,
      path: [key],
    },
  ];
}
