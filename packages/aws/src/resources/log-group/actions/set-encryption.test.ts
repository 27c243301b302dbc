import type { EvalContext } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import groups from '../resource.js';
import setEncryption from './set-encryption.js';

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
// Stands in for KMS's DescribeKey of an alias.
const read = async () => ({ KeyMetadata: { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Arn: KEY } });
const resources = [{ logGroupName: '/app/a' }, { logGroupName: '/app/b' }];

testAction(setEncryption, {
  resourceType: groups,
  context: { read } as Partial<EvalContext>,
  valid: [{ 'kms-key': 'alias/logs' }, { 'kms-key': KEY, state: true }, { state: false }],
  invalid: [
    { options: {}, messageId: 'key-required' },
    { options: { state: true }, messageId: 'key-required' },
    { options: { 'kms-key': '1234abcd' }, messageId: 'key-format', path: ['kms-key'] },
    { options: { 'kms-key': KEY, encrypt: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'a key ARN is used as is',
      options: { 'kms-key': KEY },
      resources,
      calls: [
        {
          service: 'logs',
          operation: 'AssociateKmsKey',
          input: { logGroupName: '/app/a', kmsKeyId: KEY },
          resourceIds: ['/app/a'],
          okErrors: ['ResourceNotFoundException'],
        },
        { operation: 'AssociateKmsKey', input: { logGroupName: '/app/b', kmsKeyId: KEY } },
      ],
    },
    {
      name: "an alias becomes its key's ARN",
      options: { 'kms-key': 'alias/logs' },
      resources: [{ logGroupName: '/app/a' }],
      calls: [{ operation: 'AssociateKmsKey', input: { logGroupName: '/app/a', kmsKeyId: KEY } }],
    },
    {
      name: 'state false disassociates',
      options: { state: false },
      resources: [{ logGroupName: '/app/a' }],
      calls: [
        {
          service: 'logs',
          operation: 'DisassociateKmsKey',
          input: { logGroupName: '/app/a' },
          okErrors: ['ResourceNotFoundException'],
        },
      ],
    },
  ],
});
