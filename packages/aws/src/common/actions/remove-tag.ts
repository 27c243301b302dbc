import { DEFAULT_MARK_TAG, defineAction } from '@c7n-ts/core';
import { planUntag, untagPermissions } from '../tagging/index.js';

export default defineAction({
  type: 'remove-tag',
  // c7n registers both as deprecated names of remove-tag; `unmark` is how a mark is cleared.
  aliases: ['unmark', 'untag'],
  resources: 'taggable',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      tags: {
        type: 'array',
        // An empty list would reach EC2 DeleteTags as "delete every tag".
        minItems: 1,
        items: { type: 'string' },
        default: [DEFAULT_MARK_TAG],
        description: 'Keys of the tags to remove; default `maid_status`, the tag `mark-for-op` writes.',
      },
    },
  } as const,
  reads: () => ['Tags'],
  permissions: (_opts, rt) => untagPermissions(rt),
  doc: {
    summary:
      'Remove tags by key from the matched resources; with no `tags`, removes the `maid_status` mark. Keys a resource lacks are ignored.',
    example: '- type: remove-tag\n  tags: [maid_status, TemporaryOwner]',
  },
  plan(resources, opts, ctx) {
    return planUntag(ctx.resourceType, resources, opts.tags ?? [DEFAULT_MARK_TAG], ctx);
  },
});
