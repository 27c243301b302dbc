import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { matchedNeedsCrossAccount } from '../../../common/filters/policy-filters.js';
import { VIOLATIONS } from '../filters/cross-account.js';
import { launchPermissions } from './_launch-permission.js';

const principals = { type: 'array', items: { type: 'string' } } as const;

export default defineAction({
  type: 'set-permissions',
  resources: ['aws.ami'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      remove: {
        oneOf: [{ enum: ['matched'] }, principals],
        description:
          'Principals to take launch permission from (account ids, organization or unit ARNs, `all` for public), or `matched` for those the `cross-account` filter found.',
      },
      add: {
        ...principals,
        description:
          'Principals to give launch permission to: account ids, organization or unit ARNs, `all` for public. Values of none of these shapes are skipped.',
      },
    },
  } as const,
  permissions: (opts) =>
    opts.add?.length || opts.remove?.length ? ['ec2:ModifyImageAttribute'] : ['ec2:ResetImageAttribute'],
  doc: {
    summary:
      "Change who may launch each image: remove then add principals (one ModifyImageAttribute call each), or with neither option reset the image's launch permission to the owner alone (ResetImageAttribute).",
    example: "- type: set-permissions\n  remove: matched\n  add:\n    - '112233445566'",
  },
  messages: {
    'matched-needs-cross-account': '`matched` needs the cross-account filter in the same policy.',
  },
  check: (opts, ctx) => matchedNeedsCrossAccount(opts, 'remove', ctx.policy),
  reads: () => ['ImageId', VIOLATIONS],
  plan(images, opts) {
    const calls: PlannedCall[] = [];
    for (const image of images) {
      const id = image.ImageId as string;
      if (!opts.add?.length && !opts.remove?.length) {
        calls.push({
          service: 'ec2',
          operation: 'ResetImageAttribute',
          input: { ImageId: id, Attribute: 'launchPermission' },
          resourceIds: [id],
          describe: `reset launch permission of ${id}`,
        });
        continue;
      }
      // c7n looks for `all` before it expands `matched`, so it never removes public sharing the
      // filter found; we do, as `remove-launch-permissions` and ebs-snapshot's action do.
      const remove =
        opts.remove === 'matched' ? ((image[VIOLATIONS] as string[] | undefined) ?? []) : (opts.remove ?? []);
      const removed = launchPermissions(remove);
      const added = launchPermissions(opts.add ?? []);
      if (removed.length)
        calls.push({
          service: 'ec2',
          operation: 'ModifyImageAttribute',
          input: { ImageId: id, LaunchPermission: { Remove: removed }, OperationType: 'remove' },
          resourceIds: [id],
          describe: `remove launch permission of ${remove.join(', ')} from ${id}`,
        });
      if (added.length)
        calls.push({
          service: 'ec2',
          operation: 'ModifyImageAttribute',
          input: { ImageId: id, LaunchPermission: { Add: added }, OperationType: 'add' },
          resourceIds: [id],
          describe: `give launch permission of ${id} to ${(opts.add ?? []).join(', ')}`,
        });
    }
    return calls;
  },
});
