import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.lambda'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['lambda:DeleteFunction'],
  doc: {
    summary:
      'Delete functions with all their versions and aliases, one call each (DeleteFunction by name). A function already gone counts as deleted.',
    example: '- delete',
  },
  reads: () => ['FunctionName'],
  plan(resources: Resource[]) {
    return resources.flatMap((r) => {
      const id = r.FunctionName;
      if (typeof id !== 'string') return [];
      return [
        {
          service: 'lambda',
          operation: 'DeleteFunction',
          input: { FunctionName: id },
          resourceIds: [id],
          describe: `delete ${id}`,
          okErrors: ['ResourceNotFoundException'],
        },
      ];
    });
  },
});
