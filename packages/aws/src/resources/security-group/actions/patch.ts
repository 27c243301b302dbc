import { defineAction, type PlannedCall, type Problem, type Resource } from '@c7n-ts/core';
import { PREVIOUS_REVISION, type Revision } from '../../../common/filters/revisions.js';
import { sgDiff } from '../filters/_sg-diff.js';

/** Whether a filter list as written (blocks included, as c7n's `iter_filters`) has a `diff`. */
function hasDiff(filters: unknown): boolean {
  if (!Array.isArray(filters)) return false;
  return filters.some((f) => {
    if (f === 'diff') return true;
    if (typeof f !== 'object' || f === null) return false;
    const o = f as Record<string, unknown>;
    return o.type === 'diff' || hasDiff(o.or) || hasDiff(o.and) || hasDiff(o.not);
  });
}

export default defineAction({
  type: 'patch',
  resources: ['aws.security-group'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [
    'ec2:AuthorizeSecurityGroupIngress',
    'ec2:AuthorizeSecurityGroupEgress',
    'ec2:RevokeSecurityGroupIngress',
    'ec2:RevokeSecurityGroupEgress',
    'ec2:CreateTags',
    'ec2:DeleteTags',
  ],
  doc: {
    summary:
      'Put each group back as the `diff` filter found it in AWS Config: tags added since are deleted and changed ones restored, rules added since are revoked and removed ones authorized again (per group: DeleteTags, CreateTags, then revoke and authorize for ingress, then for egress). Needs a `diff` filter in the policy.',
    example: '- patch',
  },
  messages: {
    'needs-diff': 'patch needs a `diff` filter in the policy: it restores the revision that filter selects.',
  },
  check(_opts, ctx): Problem[] {
    // Without the policy (a lone element being checked) there is nothing to look at.
    if (!ctx.policy || hasDiff(ctx.policy.filters)) return [];
    return [{ messageId: 'needs-diff', message: 'patch needs a `diff` filter in the policy' }];
  },
  reads: () => undefined,
  plan(resources: Resource[]) {
    const calls: PlannedCall[] = [];
    for (const g of resources) {
      const id = g.GroupId as string;
      const revision = g[PREVIOUS_REVISION] as Revision | null | undefined;
      if (!id || !revision) continue;
      // The reverse delta, from now back to the revision (c7n recomputes it the same way).
      const d = sgDiff(g, revision.resource);
      if (!d) continue;
      const call = (operation: string, input: Record<string, unknown>, describe: string) =>
        calls.push({ service: 'ec2', operation, input, resourceIds: [id], describe });
      const removed = Object.keys(d.tags?.removed ?? {});
      if (removed.length)
        call(
          'DeleteTags',
          { Resources: [id], Tags: removed.map((Key) => ({ Key })) },
          `delete tags ${removed.join(', ')} of ${id}`,
        );
      const restored = Object.entries({ ...d.tags?.added, ...d.tags?.updated });
      if (restored.length)
        call(
          'CreateTags',
          { Resources: [id], Tags: restored.map(([Key, Value]) => ({ Key, Value })) },
          `restore tags ${restored.map(([k, v]) => `${k}=${String(v)}`).join(', ')} on ${id}`,
        );
      for (const [label, delta, suffix] of [
        ['ingress', d.ingress, 'Ingress'],
        ['egress', d.egress, 'Egress'],
      ] as const) {
        if (delta?.removed)
          call(
            `RevokeSecurityGroup${suffix}`,
            { GroupId: id, IpPermissions: delta.removed },
            `revoke ${delta.removed.length} ${label} rule(s) added to ${id} since the revision`,
          );
        if (delta?.added)
          call(
            `AuthorizeSecurityGroup${suffix}`,
            { GroupId: id, IpPermissions: delta.added },
            `authorize again ${delta.added.length} ${label} rule(s) removed from ${id} since the revision`,
          );
      }
    }
    return calls;
  },
});
