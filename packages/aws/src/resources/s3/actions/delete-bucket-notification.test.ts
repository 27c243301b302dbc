import type { Resource } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import deleteBucketNotification from './delete-bucket-notification.js';

const fn = {
  Id: 'old-handler',
  LambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:old',
  Events: [],
};
const topic = { Id: 'alerts', TopicArn: 'arn:aws:sns:us-east-1:123456789012:alerts', Events: [] };
const queue = { Id: 'queue', QueueArn: 'arn:aws:sqs:us-east-1:123456789012:q', Events: [] };

testAction(deleteBucketNotification, {
  resourceType: s3,
  valid: [{ statement_ids: 'matched' }, { statement_ids: ['old-handler'] }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { statement_ids: '*' }, messageId: 'schema', path: ['statement_ids'] },
  ],
  cases: [
    {
      name: 'writes back the configurations not named',
      options: { statement_ids: ['old-handler', 'queue'] },
      resources: [
        {
          Name: 'b1',
          Notification: {
            LambdaFunctionConfigurations: [fn],
            TopicConfigurations: [topic],
            QueueConfigurations: [queue],
          },
        },
        { Name: 'none', Notification: {} },
      ] as Resource[],
      calls: [
        {
          service: 's3',
          operation: 'PutBucketNotificationConfiguration',
          input: { Bucket: 'b1', NotificationConfiguration: { TopicConfigurations: [topic] } },
          resourceIds: ['b1'],
          describe: 'remove 2 notification configurations from b1',
        },
      ],
    },
    {
      name: 'matched: the ids the bucket-notification filter kept; nothing matched, nothing done',
      options: { statement_ids: 'matched' },
      resources: [
        {
          Name: 'b1',
          Notification: { LambdaFunctionConfigurations: [fn], TopicConfigurations: [topic] },
          'c7n:MatchedNotificationConfigurationIds': ['alerts'],
        },
        { Name: 'b2', Notification: { TopicConfigurations: [topic] } },
      ] as Resource[],
      calls: [{ input: { Bucket: 'b1', NotificationConfiguration: { LambdaFunctionConfigurations: [fn] } } }],
    },
  ],
});
