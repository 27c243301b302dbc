import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { matchedNeedsCrossAccount } from '../../../common/filters/policy-filters.js';
import { VIOLATIONS } from '../filters/cross-account.js';

const accountIds = {
  type: 'array',
  items: { type: 'string', minLength: 12, maxLength: 12 },
} as const;

export default defineAction({
  type: 'set-permissions',
  resources: ['aws.ebs-snapshot'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      remove: {
        oneOf: [{ enum: ['matched'] }, accountIds],
        description:
          'Account ids to take create-volume permission from, or `matched` for those the `cross-account` filter found (public sharing included).',
      },
      add: { ...accountIds, description: 'Account ids to give create-volume permission to.' },
    },
  } as const,
  permissions: (opts) =>
    opts.add?.length || opts.remove?.length
      ? ['ec2:ModifySnapshotAttribute']
      : ['ec2:ResetSnapshotAttribute'],
  doc: {
    summary:
      'Change who may create volumes from each snapshot: remove then add accounts (one ModifySnapshotAttribute call each), or with neither option reset the permission to the owner alone (ResetSnapshotAttribute).',
    example: "- type: set-permissions\n  remove: matched\n  add:\n    - '112233445566'",
  },
  messages: {
    'matched-needs-cross-account': '`matched` needs the cross-account filter in the same policy.',
  },
  check: (opts, ctx) => matchedNeedsCrossAccount(opts, 'remove', ctx.policy),
  reads: () => ['SnapshotId', VIOLATIONS],
  plan(snapshots, opts) {
    const calls: PlannedCall[] = [];
    for (const s of snapshots) {
      const id = s.SnapshotId as string;
      const add = opts.add ?? [];
      const remove =
        opts.remove === 'matched' ? ((s[VIOLATIONS] as string[] | undefined) ?? []) : (opts.remove ?? []);
      if (!add.length && !opts.remove?.length) {
        calls.push({
          service: 'ec2',
          operation: 'ResetSnapshotAttribute',
          input: { SnapshotId: id, Attribute: 'createVolumePermission' },
          resourceIds: [id],
          describe: `reset create-volume permission of ${id}`,
        });
        continue;
      }
      const removed = [
        ...remove.filter((a) => a !== 'all').map((a) => ({ UserId: a })),
        ...(remove.includes('all') ? [{ Group: 'all' }] : []),
      ];
      if (removed.length)
        calls.push({
          service: 'ec2',
          operation: 'ModifySnapshotAttribute',
          input: { SnapshotId: id, CreateVolumePermission: { Remove: removed }, OperationType: 'remove' },
          resourceIds: [id],
          describe: `remove create-volume permission of ${remove.join(', ')} from ${id}`,
        });
      if (add.length)
        calls.push({
          service: 'ec2',
          operation: 'ModifySnapshotAttribute',
          input: {
            SnapshotId: id,
            CreateVolumePermission: { Add: add.map((a) => ({ UserId: a })) },
            OperationType: 'add',
          },
          resourceIds: [id],
          describe: `give create-volume permission of ${id} to ${add.join(', ')}`,
        });
    }
    return calls;
  },
});
