import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'set-retention-period',
  resources: ['aws.sqs'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      period: {
        type: 'integer',
        minimum: 60,
        maximum: 1209600,
        default: 345600,
        description: 'Seconds a message is kept, 60 to 1209600 (14 days); default 345600 (4 days).',
      },
    },
  } as const,
  permissions: ['sqs:SetQueueAttributes'],
  doc: {
    summary: "Set each queue's message retention period, one SetQueueAttributes call per queue.",
    example: '- type: set-retention-period\n  period: 86400',
  },
  reads: () => ['QueueUrl'],
  plan(queues: Resource[], opts) {
    // SQS attributes are strings; c7n sends the period as one.
    const period = String(opts.period ?? 345600);
    return queues.flatMap((q) => {
      const url = q.QueueUrl;
      if (typeof url !== 'string') return [];
      return [
        {
          service: 'sqs',
          operation: 'SetQueueAttributes',
          input: { QueueUrl: url, Attributes: { MessageRetentionPeriod: period } },
          resourceIds: [url],
          describe: `set the retention period of ${url} to ${period} s`,
        },
      ];
    });
  },
});
