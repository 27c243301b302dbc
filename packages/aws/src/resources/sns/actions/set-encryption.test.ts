import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import setEncryption from './set-encryption.js';

const arn = 'arn:aws:sns:us-east-1:123456789012:a';

testAction(setEncryption, {
  resourceType: resource,
  valid: [{}, { key: 'alias/cmk/key', enabled: true }, { enabled: false }],
  invalid: [
    { options: { key: 1 }, messageId: 'schema' },
    { options: { enabled: 'yes' }, messageId: 'schema' },
    { options: { 'reuse-period': 300 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'defaults to the AWS managed key',
      options: {},
      resources: [{ TopicArn: arn }],
      calls: [
        {
          service: 'sns',
          operation: 'SetTopicAttributes',
          input: { TopicArn: arn, AttributeName: 'KmsMasterKeyId', AttributeValue: 'alias/aws/sns' },
          resourceIds: [arn],
        },
      ],
    },
    {
      name: 'uses the key given',
      options: { key: 'alias/cmk/key' },
      resources: [{ TopicArn: arn }],
      calls: [{ operation: 'SetTopicAttributes', input: { TopicArn: arn, AttributeValue: 'alias/cmk/key' } }],
    },
    {
      name: 'clears the key when disabled, whatever key is given',
      options: { enabled: false, key: 'alias/cmk/key' },
      resources: [{ TopicArn: arn }],
      calls: [{ operation: 'SetTopicAttributes', input: { TopicArn: arn, AttributeValue: '' } }],
    },
  ],
});
