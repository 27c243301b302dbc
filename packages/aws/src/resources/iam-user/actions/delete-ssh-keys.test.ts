import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import resource from '../resource.js';
import deleteSshKeys from './delete-ssh-keys.js';

// ListSSHPublicKeys: an old Active key and a new Inactive one, then none.
const clients = createClients({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/keys', import.meta.url)),
});

testAction(deleteSshKeys, {
  resourceType: resource,
  context: { read: (s, op, input) => clients.send(s, op, input, 'us-east-1') },
  valid: [{}, { matched: true, disable: true }],
  invalid: [{ options: { age: 3 }, messageId: 'schema' }],
  cases: [
    {
      name: 'every key, listed when no filter annotated them',
      options: {},
      resources: [{ UserName: 'alice' }],
      calls: [
        {
          service: 'iam',
          operation: 'DeleteSSHPublicKey',
          input: { UserName: 'alice', SSHPublicKeyId: 'APKAOLD0000000000001' },
          resourceIds: ['alice'],
        },
        {
          operation: 'DeleteSSHPublicKey',
          input: { UserName: 'alice', SSHPublicKeyId: 'APKANEW0000000000002' },
        },
      ],
    },
    {
      name: 'matched and disable: the matched keys made Inactive',
      options: { matched: true, disable: true },
      resources: [
        {
          UserName: 'alice',
          'c7n:SSHKeys': [{ SSHPublicKeyId: 'K1' }, { SSHPublicKeyId: 'K2' }],
          'c7n:matched-ssh-keys': [{ SSHPublicKeyId: 'K2' }],
        },
      ],
      calls: [
        {
          operation: 'UpdateSSHPublicKey',
          input: { UserName: 'alice', SSHPublicKeyId: 'K2', Status: 'Inactive' },
        },
      ],
    },
  ],
});
