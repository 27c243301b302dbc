import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import resource from '../resource.js';
import del from './delete.js';

// Per list operation: the first role has two attached policies, an inline one and an instance
// profile; the second none of them.
const clients = createClients({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/policies', import.meta.url)),
});
const gone = ['NoSuchEntity', 'NoSuchEntityException'];

testAction(del, {
  resourceType: resource,
  context: { read: (s, op, input) => clients.send(s, op, input, 'us-east-1') },
  valid: [{}, { force: true }],
  invalid: [{ options: { force: 'yes' }, messageId: 'schema', path: ['force'] }],
  cases: [
    {
      name: 'without force: DeleteRole only, gone or service-linked counting as done',
      options: {},
      resources: [{ RoleName: 'a' }],
      calls: [
        {
          service: 'iam',
          operation: 'DeleteRole',
          input: { RoleName: 'a' },
          resourceIds: ['a'],
          okErrors: [...gone, 'UnmodifiableEntity', 'UnmodifiableEntityException'],
        },
      ],
    },
    {
      name: "force: every role's managed policies detached first, then per role inline policies, profiles, the role",
      options: { force: true },
      resources: [{ RoleName: 'full' }, { RoleName: 'bare' }],
      calls: [
        {
          operation: 'DetachRolePolicy',
          input: { RoleName: 'full', PolicyArn: 'arn:aws:iam::123456789012:policy/admin-policy' },
        },
        {
          operation: 'DetachRolePolicy',
          input: { RoleName: 'full', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' },
        },
        { operation: 'DeleteRolePolicy', input: { RoleName: 'full', PolicyName: 'inline-a' } },
        {
          operation: 'RemoveRoleFromInstanceProfile',
          input: { RoleName: 'full', InstanceProfileName: 'web-profile' },
        },
        {
          operation: 'DeleteInstanceProfile',
          input: { InstanceProfileName: 'web-profile' },
          resourceIds: ['full'],
        },
        { operation: 'DeleteRole', input: { RoleName: 'full' } },
        { operation: 'DeleteRole', input: { RoleName: 'bare' } },
      ],
    },
  ],
});
