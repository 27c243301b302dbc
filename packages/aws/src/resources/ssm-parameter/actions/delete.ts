import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.ssm-parameter'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ssm:DeleteParameter'],
  doc: {
    summary: 'Delete parameters (DeleteParameter by name). A parameter already gone counts as deleted.',
    example: '- delete',
  },
  reads: () => ['Name'],
  plan(resources: Resource[]) {
    return resources.flatMap((r) => {
      const name = r.Name;
      if (typeof name !== 'string') return [];
      return [
        {
          service: 'ssm',
          operation: 'DeleteParameter',
          input: { Name: name },
          resourceIds: [name],
          describe: `delete parameter ${name}`,
          okErrors: ['ParameterNotFound'],
        },
      ];
    });
  },
});
