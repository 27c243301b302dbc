import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import resource from '../resource.js';
import del from './delete.js';

// Each list answers one item (no SSH keys, no signing certificates), whoever asks.
const clients = createClients({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/delete', import.meta.url)),
});
const bob = [{ UserName: 'bob' }];

testAction(del, {
  resourceType: resource,
  context: { read: (s, op, input) => clients.send(s, op, input, 'us-east-1') },
  valid: [{}, { options: ['console-access', 'user-policies'] }],
  invalid: [{ options: { options: ['everything'] }, messageId: 'schema' }],
  cases: [
    {
      name: "everything, in Cloud Custodian's order, then the user",
      options: {},
      resources: bob,
      calls: [
        {
          operation: 'DeleteLoginProfile',
          input: { UserName: 'bob' },
          okErrors: ['NoSuchEntity', 'NoSuchEntityException'],
        },
        { operation: 'DeleteAccessKey', input: { UserName: 'bob', AccessKeyId: 'AKIABOB0000000000001' } },
        {
          operation: 'DetachUserPolicy',
          input: { UserName: 'bob', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        },
        { operation: 'DeleteUserPolicy', input: { UserName: 'bob', PolicyName: 'inline-a' } },
        {
          operation: 'DeactivateMFADevice',
          input: { UserName: 'bob', SerialNumber: 'arn:aws:iam::123456789012:mfa/bob' },
        },
        { operation: 'RemoveUserFromGroup', input: { UserName: 'bob', GroupName: 'devs' } },
        {
          operation: 'DeleteServiceSpecificCredential',
          input: { UserName: 'bob', ServiceSpecificCredentialId: 'ACCABOB0000000000001' },
        },
        { service: 'iam', operation: 'DeleteUser', input: { UserName: 'bob' }, resourceIds: ['bob'] },
      ],
    },
    {
      name: 'options: only those (a compound one expanded), the user kept',
      options: { options: ['user-policies', 'console-access'] },
      resources: bob,
      calls: [
        { operation: 'DeleteLoginProfile' },
        { operation: 'DetachUserPolicy' },
        { operation: 'DeleteUserPolicy', input: { UserName: 'bob', PolicyName: 'inline-a' } },
      ],
    },
  ],
});
