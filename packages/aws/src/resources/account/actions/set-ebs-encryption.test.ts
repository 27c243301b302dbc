import { testAction } from '@c7n-ts/core/testing';
import account from '../resource.js';
import setEbsEncryption from './set-ebs-encryption.js';

const acct = { account_id: '123456789012', account_name: 'prod' };

testAction(setEbsEncryption, {
  resourceType: account,
  valid: [{ state: true }, { state: true, key: 'alias/aws/ebs' }, {}],
  invalid: [{ options: { key: 7 }, messageId: 'schema', path: ['key'] }],
  cases: [
    {
      name: 'enables, then sets the key',
      options: { state: true, key: 'alias/ebs-default' },
      resources: [acct],
      calls: [
        {
          service: 'ec2',
          operation: 'EnableEbsEncryptionByDefault',
          input: {},
          resourceIds: ['123456789012'],
        },
        { operation: 'ModifyEbsDefaultKmsKeyId', input: { KmsKeyId: 'alias/ebs-default' } },
      ],
    },
    {
      name: 'state false disables (a key is then ignored)',
      options: { state: false, key: 'alias/ebs-default' },
      resources: [acct],
      calls: [{ operation: 'DisableEbsEncryptionByDefault', input: {} }],
    },
    {
      name: 'no state disables, as c7n',
      options: {},
      resources: [acct],
      calls: [{ operation: 'DisableEbsEncryptionByDefault' }],
    },
  ],
});
