import { testAction } from '@c7n-ts/core/testing';
import sqs from '../resource.js';
import setRetention from './set-retention-period.js';

const url = 'https://sqs.us-east-1.amazonaws.com/123456789012/orders';

testAction(setRetention, {
  resourceType: sqs,
  valid: [{}, { period: 86400 }],
  invalid: [
    { options: { period: 30 }, messageId: 'schema', path: ['period'] },
    { options: { period: 1209601 }, messageId: 'schema', path: ['period'] },
  ],
  cases: [
    {
      name: 'the period, as a string attribute',
      options: { period: 86400 },
      resources: [{ QueueUrl: url }],
      calls: [
        {
          service: 'sqs',
          operation: 'SetQueueAttributes',
          input: { QueueUrl: url, Attributes: { MessageRetentionPeriod: '86400' } },
          resourceIds: [url],
        },
      ],
    },
    {
      name: 'four days by default',
      options: {},
      resources: [{ QueueUrl: url }],
      calls: [{ input: { QueueUrl: url, Attributes: { MessageRetentionPeriod: '345600' } } }],
    },
  ],
});
