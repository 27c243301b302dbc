/** What the listener actions share: they act on the listeners the `listener` filter matched. */
import type { Problem } from '@c7n-ts/core';
import { policyHasFilter } from '../../common/filters/policy-filters.js';

/** Cloud Custodian refuses a listener action in a policy without a `listener` filter. */
export function needsListenerFilter(
  action: string,
  policy: Readonly<Record<string, unknown>> | undefined,
): Problem[] {
  // Only with the policy at hand (the loader passes it); a bare options check cannot tell.
  if (!policy || policyHasFilter(policy, 'listener')) return [];
  return [
    {
      messageId: 'needs-listener-filter',
      message: `${action} acts on the listeners the \`listener\` filter matched: the policy needs a \`listener\` filter.`,
      hint: 'Add a `listener` filter choosing the listeners, e.g. `- type: listener` with `key: Protocol`, `value: HTTP`.',
    },
  ];
}

export const listenerActionMessages = {
  'needs-listener-filter': 'The policy needs a `listener` filter choosing the listeners.',
};
