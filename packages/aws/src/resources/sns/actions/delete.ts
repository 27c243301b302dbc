import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.sns'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['sns:DeleteTopic'],
  doc: {
    summary:
      'Delete topics and their subscriptions, one call each (DeleteTopic by ARN). A topic already gone counts as deleted.',
    example: '- delete',
  },
  reads: () => ['TopicArn'],
  plan(resources: Resource[]) {
    return resources.flatMap((r) => {
      const id = r.TopicArn;
      if (typeof id !== 'string') return [];
      return [
        {
          service: 'sns',
          operation: 'DeleteTopic',
          input: { TopicArn: id },
          resourceIds: [id],
          describe: `delete ${id}`,
          okErrors: ['NotFound', 'NotFoundException'],
        },
      ];
    });
  },
});
