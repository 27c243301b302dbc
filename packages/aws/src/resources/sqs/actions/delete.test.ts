import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: resource,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes each one, already gone counting as deleted',
      options: {},
      resources: [
        { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/a' },
        { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/b' },
      ],
      calls: [
        {
          service: 'sqs',
          operation: 'DeleteQueue',
          input: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/a' },
          resourceIds: ['https://sqs.us-east-1.amazonaws.com/123456789012/a'],
          okErrors: [
            'AWS.SimpleQueueService.NonExistentQueue',
            'QueueDoesNotExist',
            'AWS.SimpleQueueService.QueueDeletedRecently',
            'QueueDeletedRecently',
          ],
        },
        {
          operation: 'DeleteQueue',
          input: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/b' },
        },
      ],
    },
  ],
});
