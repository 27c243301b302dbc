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
        { TopicArn: 'arn:aws:sns:us-east-1:123456789012:a' },
        { TopicArn: 'arn:aws:sns:us-east-1:123456789012:b' },
      ],
      calls: [
        {
          service: 'sns',
          operation: 'DeleteTopic',
          input: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:a' },
          resourceIds: ['arn:aws:sns:us-east-1:123456789012:a'],
          okErrors: ['NotFound', 'NotFoundException'],
        },
        { operation: 'DeleteTopic', input: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:b' } },
      ],
    },
  ],
});
