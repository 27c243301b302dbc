import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.rest-api'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['apigateway:DELETE'],
  doc: {
    summary:
      'Delete REST APIs with DeleteRestApi, one call each, retried while API Gateway throttles; an API already gone counts as deleted.',
    example: '- delete',
  },
  reads: () => ['id'],
  plan(resources: Resource[]) {
    return resources.flatMap((r) => {
      if (typeof r.id !== 'string') return [];
      return [
        {
          service: 'apigateway',
          operation: 'DeleteRestApi',
          input: { restApiId: r.id },
          resourceIds: [r.id],
          describe: `delete REST API ${r.id}`,
          okErrors: ['NotFoundException'],
          // DeleteRestApi is limited to one call every 30 seconds per account (c7n's get_retry).
          retry: { codes: ['TooManyRequestsException'], attempts: 5, delayMs: 2000, maxDelayMs: 30000 },
        },
      ];
    });
  },
});
