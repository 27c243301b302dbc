import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import resource from '../resource.js';
import del from './delete.js';

// GetGroup answers users alice and bob.
const clients = createClients({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/groups', import.meta.url)),
});
const gone = ['NoSuchEntity', 'NoSuchEntityException', 'UnmodifiableEntity', 'UnmodifiableEntityException'];

testAction(del, {
  resourceType: resource,
  context: { read: (s, op, input) => clients.send(s, op, input, 'us-east-1') },
  valid: [{}, { force: true }],
  invalid: [{ options: { force: 'yes' }, messageId: 'schema', path: ['force'] }],
  cases: [
    {
      name: 'without force: DeleteGroup only, gone or protected counting as done',
      options: {},
      resources: [{ GroupName: 'admins' }],
      calls: [
        {
          service: 'iam',
          operation: 'DeleteGroup',
          input: { GroupName: 'admins' },
          resourceIds: ['admins'],
          okErrors: gone,
        },
      ],
    },
    {
      name: 'force: every member removed first',
      options: { force: true },
      resources: [{ GroupName: 'admins' }],
      calls: [
        { operation: 'RemoveUserFromGroup', input: { UserName: 'alice', GroupName: 'admins' } },
        { operation: 'RemoveUserFromGroup', input: { UserName: 'bob', GroupName: 'admins' } },
        { operation: 'DeleteGroup', input: { GroupName: 'admins' } },
      ],
    },
  ],
});
