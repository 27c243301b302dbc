import { defineAction, type Resource } from '@c7n-ts/core';
import { patchOption } from '../patch.js';

export default defineAction({
  type: 'update',
  resources: ['aws.rest-api'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['patch'],
    properties: { patch: patchOption },
  } as const,
  permissions: ['apigateway:PATCH'],
  doc: {
    summary: "Change REST APIs' settings with UpdateRestApi, the same patch operations for each API.",
    example: [
      '- type: update',
      '  patch:',
      '    - op: replace',
      '      path: /description',
      '      value: owned by the payments team',
    ].join('\n'),
  },
  reads: () => ['id'],
  plan(resources: Resource[], opts) {
    return resources.flatMap((r) => {
      if (typeof r.id !== 'string') return [];
      return [
        {
          service: 'apigateway',
          operation: 'UpdateRestApi',
          input: { restApiId: r.id, patchOperations: opts.patch },
          resourceIds: [r.id],
          describe: `update REST API ${r.id}`,
        },
      ];
    });
  },
});
