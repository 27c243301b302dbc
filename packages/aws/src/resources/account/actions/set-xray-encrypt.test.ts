import { testAction } from '@c7n-ts/core/testing';
import account from '../resource.js';
import setXrayEncrypt from './set-xray-encrypt.js';

const acct = { account_id: '123456789012', account_name: 'prod' };

testAction(setXrayEncrypt, {
  resourceType: account,
  valid: [{ key: 'default' }, { key: 'alias/xray' }],
  invalid: [
    { options: {}, messageId: 'schema', path: [] },
    { options: { key: 1 }, messageId: 'schema', path: ['key'] },
  ],
  cases: [
    {
      name: 'default is type NONE',
      options: { key: 'default' },
      resources: [acct],
      calls: [
        {
          service: 'xray',
          operation: 'PutEncryptionConfig',
          input: { Type: 'NONE' },
          resourceIds: ['123456789012'],
        },
      ],
    },
    {
      name: 'a key is type KMS with that key',
      options: { key: 'alias/xray' },
      resources: [acct],
      calls: [{ operation: 'PutEncryptionConfig', input: { Type: 'KMS', KeyId: 'alias/xray' } }],
    },
  ],
});
