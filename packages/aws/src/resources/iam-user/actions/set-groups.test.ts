import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import setGroups from './set-groups.js';

testAction(setGroups, {
  resourceType: resource,
  valid: [{ state: 'add', group: 'Admin' }],
  invalid: [
    { options: { state: 'add' }, messageId: 'schema' },
    { options: { state: 'join', group: 'Admin' }, messageId: 'schema', path: ['state'] },
    { options: { state: 'add', group: '' }, messageId: 'empty-group', path: ['group'] },
  ],
  cases: [
    {
      name: 'adds each user',
      options: { state: 'add', group: 'Admin' },
      resources: [{ UserName: 'bob' }],
      calls: [
        {
          service: 'iam',
          operation: 'AddUserToGroup',
          input: { GroupName: 'Admin', UserName: 'bob' },
          resourceIds: ['bob'],
          okErrors: ['NoSuchEntity', 'NoSuchEntityException'],
        },
      ],
    },
    {
      name: 'removes each user',
      options: { state: 'remove', group: 'Admin' },
      resources: [{ UserName: 'bob' }, { UserName: 'eve' }],
      calls: [
        { operation: 'RemoveUserFromGroup', input: { GroupName: 'Admin', UserName: 'bob' } },
        { operation: 'RemoveUserFromGroup', input: { GroupName: 'Admin', UserName: 'eve' } },
      ],
    },
  ],
});
