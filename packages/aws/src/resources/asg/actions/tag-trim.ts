import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { trimCandidates } from '../../../common/actions/tag-trim.js';
import { planUntag, untagPermissions } from '../../../common/tagging/index.js';

// c7n's asg subclass names a limit of 10 tags, AWS's old one; Auto Scaling groups take 50 now,
// and trimming to 10 would remove tags AWS has room for, so the shared limit of 50 applies.
export default defineAction({
  type: 'tag-trim',
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      space: {
        type: 'integer',
        minimum: 0,
        default: 3,
        description:
          'Free tag slots wanted under the limit of 50 (default 3); 0 removes every tag not in `preserve`.',
      },
      preserve: { type: 'array', items: { type: 'string' }, description: 'Tag keys never removed.' },
    },
  } as const,
  reads: () => ['AutoScalingGroupName', 'Tags'],
  permissions: (_opts, rt) => untagPermissions(rt),
  doc: {
    summary:
      'Remove tags from Auto Scaling groups near the limit of 50 tags so that `space` more fit, keeping the keys in `preserve` and `aws:` tags; the others go in sorted key order (DeleteTags, one call per group). Groups with room already are left alone.',
    example: '- type: tag-trim\n  space: 1\n  preserve: [OwnerName, OwnerContact]',
  },
  async plan(asgs, opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const a of asgs) {
      const keys = trimCandidates(a, opts.space ?? 3, opts.preserve ?? []);
      if (!keys) continue;
      if (!keys.length) {
        ctx.log?.('warn', `tag-trim: no tag to trim on ${String(a.AutoScalingGroupName)}`);
        continue;
      }
      calls.push(...(await planUntag(ctx.resourceType, [a], keys, ctx)));
    }
    return calls;
  },
});
