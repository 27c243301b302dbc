import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import setEncryption from './set-encryption.js';

testAction(setEncryption, {
  resourceType: resource,
  valid: [{ key: 'alias/foo' }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { key: 'alias/foo', rotate: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'updates each secret by name with the key',
      options: { key: 'alias/foo' },
      resources: [{ Name: 'db', ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf' }],
      calls: [
        {
          service: 'secretsmanager',
          operation: 'UpdateSecret',
          input: { SecretId: 'db', KmsKeyId: 'alias/foo' },
          resourceIds: ['db'],
        },
      ],
    },
  ],
});
