import { DEFAULT_MARK_TAG, defineAction } from '@c7n-ts/core';
import { planUntag, untagPermissions } from '../../../common/tagging/index.js';

// c7n's asg remove-tag also takes `key`, used when `tags` is absent or empty.
export default defineAction({
  type: 'remove-tag',
  aliases: ['unmark', 'untag'],
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      tags: {
        type: 'array',
        items: { type: 'string' },
        description: 'Keys of the tags to remove; when absent or empty, `key` is removed.',
      },
      key: {
        type: 'string',
        description: 'One key to remove when `tags` names none; default `maid_status`.',
      },
    },
  } as const,
  reads: () => ['Tags'],
  permissions: (_opts, rt) => untagPermissions(rt),
  doc: {
    summary:
      'Remove tags by key from Auto Scaling groups (DeleteTags, one call per group); with neither `tags` nor `key`, removes the `maid_status` mark.',
    example: '- type: remove-tag\n  key: UnnecessaryTag',
  },
  plan(resources, opts, ctx) {
    const keys = opts.tags?.length ? opts.tags : [opts.key ?? DEFAULT_MARK_TAG];
    return planUntag(ctx.resourceType, resources, keys, ctx);
  },
});
