import { errorCode } from '../../query/errors.js';
import { type AugmentHook, awsResource } from '../types.js';

/**
 * Cloud Custodian's queue augment: the queue is its GetQueueAttributes (`All`) map plus its URL
 * and name; a queue deleted since the listing, or one the caller may not read, is dropped.
 */
const queueAttributes: AugmentHook = async (queue, send) => {
  let out: Record<string, unknown>;
  try {
    out = await send('GetQueueAttributes', { QueueUrl: queue.QueueUrl, AttributeNames: ['All'] });
  } catch (e) {
    const code = errorCode(e);
    if (code === 'AWS.SimpleQueueService.NonExistentQueue' || code === 'QueueDoesNotExist') return undefined;
    if (code === 'AccessDenied') return undefined;
    throw e;
  }
  const attributes = (out.Attributes ?? {}) as Record<string, unknown>;
  const arn = String(attributes.QueueArn ?? '');
  return { ...attributes, QueueUrl: queue.QueueUrl, QueueName: arn.slice(arn.lastIndexOf(':') + 1) };
};

export default awsResource({
  type: 'aws.sqs',
  aliases: ['sqs'],
  id: 'QueueUrl',
  name: 'QueueUrl',
  date: 'CreatedTimestamp',
  taggable: true,
  reportFields: ['QueueArn', 'CreatedTimestamp', 'ApproximateNumberOfMessages'],
  permissions: ['sqs:ListQueues', 'sqs:GetQueueAttributes', 'sqs:ListQueueTags', 'tag:GetResources'],
  extraFields: ['QueueUrl', 'QueueName', 'Tags'],
  removedFields: ['All'],
  doc: {
    summary:
      'SQS queues, listed with ListQueues (1000 a page); each queue is its GetQueueAttributes (`All`) map plus `QueueUrl` and `QueueName`, as Cloud Custodian builds it. Tags come from the Resource Groups Tagging API, as c7n marks the type `universal_taggable`.',
    example: [
      'name: unencrypted-queues',
      'resource: aws.sqs',
      'filters:',
      '  - KmsMasterKeyId: absent',
      '  - SqsManagedSseEnabled: "false"',
    ].join('\n'),
  },
  source: {
    service: 'sqs',
    list: {
      operation: 'ListQueues',
      input: { MaxResults: 1000 },
      items: 'QueueUrls',
      itemKey: 'QueueUrl',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    augment: queueAttributes,
    tags: { kind: 'tagging-api', resourceTypeFilter: 'sqs' },
    arn: { field: 'QueueArn' },
    configType: 'AWS::SQS::Queue',
    metrics: { namespace: 'AWS/SQS', dimension: 'QueueName' },
    kmsKeyPath: 'KmsMasterKeyId',
    shape: { service: 'sqs', name: 'QueueAttributeName' },
  },
});
