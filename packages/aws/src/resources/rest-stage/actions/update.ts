import { defineAction, type Resource } from '@c7n-ts/core';
import { patchOption } from '../../rest-api/patch.js';

export default defineAction({
  type: 'update',
  resources: ['aws.rest-stage'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['patch'],
    properties: { patch: patchOption },
  } as const,
  permissions: ['apigateway:PATCH'],
  doc: {
    summary:
      "Change stages' settings with UpdateStage (by API id and stage name), the same patch operations for each.",
    example: [
      '- type: update',
      '  patch:',
      '    - op: replace',
      '      path: /*/*/caching/enabled',
      "      value: 'false'",
    ].join('\n'),
  },
  reads: () => ['restApiId', 'stageName', 'deploymentId'],
  plan(resources: Resource[], opts) {
    return resources.flatMap((r) => {
      if (typeof r.deploymentId !== 'string') return [];
      return [
        {
          service: 'apigateway',
          operation: 'UpdateStage',
          input: { restApiId: r.restApiId, stageName: r.stageName, patchOperations: opts.patch },
          resourceIds: [r.deploymentId],
          describe: `update stage ${String(r.stageName)} of REST API ${String(r.restApiId)}`,
        },
      ];
    });
  },
});
