/**
 * Cloud Custodian's iam-group delete: with `force`, GetGroup's (first page of) members are each
 * removed from the group first; then DeleteGroup. A group gone meanwhile, or one AWS will not let
 * anyone change, counts as done; a group that still has members or policies (DeleteConflict) fails.
 */
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { IAM_GROUP, NO_SUCH_ENTITY, nameOf } from '../../../common/iam/principal.js';

const GONE_OR_PROTECTED = [...NO_SUCH_ENTITY, 'UnmodifiableEntity', 'UnmodifiableEntityException'];

export default defineAction({
  type: 'delete',
  resources: ['aws.iam-group'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      force: {
        type: 'boolean',
        default: false,
        description: 'Remove every user from the group first (a group with members cannot be deleted).',
      },
    },
  } as const,
  // As c7n's, whatever `force` says.
  permissions: ['iam:DeleteGroup', 'iam:RemoveUserFromGroup'],
  doc: {
    summary:
      'Delete IAM groups (DeleteGroup). With `force: true` their users are removed first (GetGroup, then RemoveUserFromGroup per user), as Cloud Custodian does; otherwise a group with members fails.',
    example: '- type: delete\n  force: true',
  },
  reads: () => ['GroupName'],
  async plan(resources, opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const r of resources) {
      const name = nameOf(IAM_GROUP, r);
      if (!name) continue;
      if (opts.force && ctx.read) {
        const page = (await ctx.read('iam', 'GetGroup', { GroupName: name })) as {
          Users?: { UserName?: string }[];
        };
        for (const u of page.Users ?? []) {
          if (!u.UserName) continue;
          calls.push({
            service: 'iam',
            operation: 'RemoveUserFromGroup',
            input: { UserName: u.UserName, GroupName: name },
            resourceIds: [name],
            describe: `remove user ${u.UserName} from group ${name}`,
          });
        }
      }
      calls.push({
        service: 'iam',
        operation: 'DeleteGroup',
        input: { GroupName: name },
        resourceIds: [name],
        describe: `delete group ${name}`,
        okErrors: GONE_OR_PROTECTED,
      });
    }
    return calls;
  },
});
