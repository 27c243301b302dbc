import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.rest-stage'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['apigateway:DELETE'],
  doc: {
    summary:
      'Delete stages with DeleteStage (by API id and stage name); a stage already gone counts as deleted.',
    example: '- delete',
  },
  reads: () => ['restApiId', 'stageName', 'deploymentId'],
  plan(resources: Resource[]) {
    return resources.flatMap((r) => {
      if (typeof r.deploymentId !== 'string') return [];
      return [
        {
          service: 'apigateway',
          operation: 'DeleteStage',
          input: { restApiId: r.restApiId, stageName: r.stageName },
          resourceIds: [r.deploymentId],
          describe: `delete stage ${String(r.stageName)} of REST API ${String(r.restApiId)}`,
          okErrors: ['NotFoundException'],
        },
      ];
    });
  },
});
