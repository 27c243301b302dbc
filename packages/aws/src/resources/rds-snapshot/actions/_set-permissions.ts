/** `set-permissions` of RDS instance and cluster snapshots (see `_snapshot-attributes.ts`). */
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { matchedNeedsCrossAccount } from '../../../common/filters/policy-filters.js';
import { isServiceError } from '../../../query/errors.js';
import { ATTRIBUTES, type SnapshotApi, snapshotAttributeApi, VIOLATIONS } from '../_snapshot-attributes.js';

const accounts = {
  type: 'array',
  items: { oneOf: [{ type: 'string', minLength: 12, maxLength: 12 }, { enum: ['all'] }] },
} as const;

export function snapshotSetPermissionsAction(api: SnapshotApi) {
  const { type, noun, idField, describe, modify, attributesOf } = snapshotAttributeApi(api);
  return defineAction({
    type: 'set-permissions',
    resources: [type],
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        add: { ...accounts, description: 'Account ids (or `all`, public) to give restore permission to.' },
        remove: {
          oneOf: [{ enum: ['matched'] }, accounts],
          description:
            'Account ids (or `all`) to take restore permission from, or `matched` for those the `cross-account` filter found (the policy must have that filter).',
        },
      },
    } as const,
    permissions: (opts) =>
      opts.add?.length || opts.remove?.length ? [`rds:${modify}`] : [`rds:${describe}`, `rds:${modify}`],
    doc: {
      summary: `Change which accounts may copy or restore each ${noun}: one ${modify} call (\`restore\`) per ${noun} removing then adding accounts. With neither option every account is removed: the snapshot's \`restore\` list is read (${describe}) unless the \`cross-account\` filter already did.`,
      example: "- type: set-permissions\n  remove: matched\n  add:\n    - '112233445566'",
    },
    messages: {
      'matched-needs-cross-account': '`remove: matched` needs the cross-account filter in the same policy.',
    },
    check: (opts, ctx) => matchedNeedsCrossAccount(opts, 'remove', ctx.policy),
    reads: () => [idField, ATTRIBUTES, VIOLATIONS],
    async plan(snapshots, opts, ctx) {
      const calls: PlannedCall[] = [];
      const add = opts.add ?? [];
      for (const s of snapshots) {
        const id = s[idField] as string;
        let remove: string[];
        if (!add.length && !opts.remove?.length) {
          let attrs = s[ATTRIBUTES] as Record<string, string[] | undefined> | undefined;
          if (!attrs) {
            if (!ctx.read) {
              ctx.log?.(
                'warn',
                `${type.slice(4)}: cannot read the restore permissions of ${id}; not changed`,
              );
              continue;
            }
            try {
              attrs = attributesOf(
                (await ctx.read('rds', describe, { [idField]: id })) as Record<string, unknown>,
              );
              s[ATTRIBUTES] = attrs;
            } catch (e) {
              // Only AWS's answer may skip the snapshot; a missing flight file or a bug fails the run.
              if (!isServiceError(e)) throw e;
              ctx.log?.(
                'warn',
                `${type.slice(4)}: cannot read the restore permissions of ${id} (${e.name}); not changed`,
              );
              continue;
            }
          }
          remove = attrs.restore ?? [];
        } else if (opts.remove === 'matched') remove = (s[VIOLATIONS] as string[] | undefined) ?? [];
        else remove = opts.remove ?? [];
        if (!add.length && !remove.length) continue;
        const what = [
          ...(remove.length ? [`remove restore permission of ${remove.join(', ')}`] : []),
          ...(add.length ? [`give it to ${add.join(', ')}`] : []),
        ];
        calls.push({
          service: 'rds',
          operation: modify,
          // As c7n: both lists, one of them maybe empty.
          input: { [idField]: id, AttributeName: 'restore', ValuesToRemove: remove, ValuesToAdd: add },
          resourceIds: [id],
          describe: `${what.join(', ')} on ${id}`,
        });
      }
      return calls;
    },
  });
}
