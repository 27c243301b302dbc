import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import setEncryption from './set-encryption.js';

const url = 'https://sqs.us-east-1.amazonaws.com/123456789012/q';

testAction(setEncryption, {
  resourceType: resource,
  valid: [{}, { key: 'alias/cmk/key', 'reuse-period': 600 }, { enabled: false }],
  invalid: [
    { options: { 'reuse-period': 30 }, messageId: 'schema' },
    { options: { 'reuse-period': 86401 }, messageId: 'schema' },
    { options: { key: 1 }, messageId: 'schema' },
    { options: { rotate: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'a KMS key with the default reuse period',
      options: { key: 'alias/cmk/key' },
      resources: [{ QueueUrl: url }],
      calls: [
        {
          service: 'sqs',
          operation: 'SetQueueAttributes',
          input: {
            QueueUrl: url,
            Attributes: {
              SqsManagedSseEnabled: 'false',
              KmsMasterKeyId: 'alias/cmk/key',
              KmsDataKeyReusePeriodSeconds: '300',
            },
          },
          resourceIds: [url],
        },
      ],
    },
    {
      name: 'a bare key name becomes an alias; reuse-period is sent',
      options: { key: 'cmk', 'reuse-period': 600 },
      resources: [{ QueueUrl: url }],
      calls: [
        {
          operation: 'SetQueueAttributes',
          input: {
            Attributes: {
              SqsManagedSseEnabled: 'false',
              KmsMasterKeyId: 'alias/cmk',
              KmsDataKeyReusePeriodSeconds: '600',
            },
          },
        },
      ],
    },
    {
      name: 'a key id or ARN is kept',
      options: { key: '0d543e4c-4a9b-4f3f-8e3a-8f7c2b9d1a2e' },
      resources: [{ QueueUrl: url }],
      calls: [
        {
          operation: 'SetQueueAttributes',
          input: { Attributes: { KmsMasterKeyId: '0d543e4c-4a9b-4f3f-8e3a-8f7c2b9d1a2e' } },
        },
      ],
    },
    {
      name: 'no key: SQS managed encryption',
      options: {},
      resources: [{ QueueUrl: url }],
      calls: [
        {
          operation: 'SetQueueAttributes',
          input: { Attributes: { SqsManagedSseEnabled: 'true', KmsMasterKeyId: '' } },
        },
      ],
    },
    {
      name: 'enabled: false turns encryption off',
      options: { enabled: false, key: 'alias/cmk/key' },
      resources: [{ QueueUrl: url }],
      calls: [
        {
          operation: 'SetQueueAttributes',
          input: { Attributes: { SqsManagedSseEnabled: 'false', KmsMasterKeyId: '' } },
        },
      ],
    },
  ],
});
