import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.sqs'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['sqs:DeleteQueue'],
  doc: {
    summary:
      'Delete queues, one call each (DeleteQueue by URL). A queue already gone, or deleted in the last minute, counts as deleted.',
    example: '- delete',
  },
  reads: () => ['QueueUrl'],
  plan(resources: Resource[]) {
    return resources.flatMap((r) => {
      const id = r.QueueUrl;
      if (typeof id !== 'string') return [];
      return [
        {
          service: 'sqs',
          operation: 'DeleteQueue',
          input: { QueueUrl: id },
          resourceIds: [id],
          describe: `delete ${id}`,
          okErrors: [
            'AWS.SimpleQueueService.NonExistentQueue',
            'QueueDoesNotExist',
            'AWS.SimpleQueueService.QueueDeletedRecently',
            'QueueDeletedRecently',
          ],
        },
      ];
    });
  },
});
