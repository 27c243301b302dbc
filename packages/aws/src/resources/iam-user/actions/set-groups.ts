/**
 * Cloud Custodian's iam-user set-groups: AddUserToGroup or RemoveUserFromGroup per user; a user
 * or group gone meanwhile counts as done.
 */
import { defineAction, type Problem } from '@c7n-ts/core';
import { IAM_USER, NO_SUCH_ENTITY, nameOf } from '../../../common/iam/principal.js';

export default defineAction({
  type: 'set-groups',
  resources: ['aws.iam-user'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['state', 'group'],
    properties: {
      state: { enum: ['add', 'remove'], description: 'Add the users to the group, or remove them from it.' },
      group: { type: 'string', description: 'Name of the IAM group.' },
    },
  } as const,
  permissions: ['iam:AddUserToGroup', 'iam:RemoveUserFromGroup'],
  messages: { 'empty-group': '`group` cannot be empty.' },
  doc: {
    summary:
      'Add IAM users to a group, or remove them from it: one AddUserToGroup or RemoveUserFromGroup call per user.',
    example: '- type: set-groups\n  state: remove\n  group: Admin',
  },
  check(opts) {
    const problems: Problem[] = [];
    if (opts.group === '')
      problems.push({
        messageId: 'empty-group',
        message: '`group` cannot be empty.',
        path: ['group'],
        at: 'value',
      });
    return problems;
  },
  reads: () => ['UserName'],
  plan(resources, opts) {
    const add = opts.state === 'add';
    return resources.flatMap((r) => {
      const name = nameOf(IAM_USER, r);
      if (!name) return [];
      return [
        {
          service: 'iam',
          operation: add ? 'AddUserToGroup' : 'RemoveUserFromGroup',
          input: { GroupName: opts.group, UserName: name },
          resourceIds: [name],
          describe: add
            ? `add user ${name} to group ${opts.group}`
            : `remove user ${name} from group ${opts.group}`,
          okErrors: NO_SUCH_ENTITY,
        },
      ];
    });
  },
});
