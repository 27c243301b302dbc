import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { matchedNeedsCrossAccount } from '../../../common/filters/policy-filters.js';
import { VIOLATIONS } from '../filters/cross-account.js';
import type { LaunchPermission } from './_launch-permission.js';

export default defineAction({
  type: 'remove-launch-permissions',
  resources: ['aws.ami'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      accounts: {
        oneOf: [{ enum: ['matched'] }, { type: 'string', minLength: 12, maxLength: 12 }],
        description:
          'One account id to take launch permission from, or `matched` for the accounts (and public sharing) the `cross-account` filter found. Without it, launch permission is reset to the owner alone.',
      },
    },
  } as const,
  permissions: (opts) => (opts.accounts ? ['ec2:ModifyImageAttribute'] : ['ec2:ResetImageAttribute']),
  deprecated: {
    since: '0.1.0',
    message:
      "Cloud Custodian deprecates it for set-permissions with 'remove', which also handles organizations.",
    replacement: 'set-permissions',
  },
  doc: {
    summary:
      "Take launch permission away from other accounts: reset each image's launch permission (ResetImageAttribute), or remove one account or the matched ones (ModifyImageAttribute). Organization and unit ARNs are left alone.",
    example: '- type: remove-launch-permissions\n  accounts: matched',
  },
  messages: {
    'matched-needs-cross-account': '`matched` needs the cross-account filter in the same policy.',
  },
  check: (opts, ctx) => matchedNeedsCrossAccount(opts, 'accounts', ctx.policy),
  reads: () => ['ImageId', VIOLATIONS],
  plan(images, opts) {
    return images.flatMap((image): PlannedCall[] => {
      const id = image.ImageId as string;
      if (!opts.accounts)
        return [
          {
            service: 'ec2',
            operation: 'ResetImageAttribute',
            input: { ImageId: id, Attribute: 'launchPermission' },
            resourceIds: [id],
            describe: `reset launch permission of ${id}`,
          },
        ];
      // c7n walks a single account id character by character; we take it as one account.
      const accounts =
        opts.accounts === 'matched' ? ((image[VIOLATIONS] as string[] | undefined) ?? []) : [opts.accounts];
      const remove: LaunchPermission[] = [
        ...(accounts.includes('all') ? [{ Group: 'all' as const }] : []),
        ...accounts.filter((a) => a !== 'all' && !a.startsWith('arn:')).map((UserId) => ({ UserId })),
      ];
      if (!remove.length) return [];
      return [
        {
          service: 'ec2',
          operation: 'ModifyImageAttribute',
          input: { ImageId: id, LaunchPermission: { Remove: remove }, OperationType: 'remove' },
          resourceIds: [id],
          describe: `remove launch permission of ${accounts.filter((a) => !a.startsWith('arn:')).join(', ')} from ${id}`,
        },
      ];
    });
  },
});
