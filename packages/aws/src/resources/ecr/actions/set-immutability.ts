import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'set-immutability',
  resources: ['aws.ecr'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description: 'true (the default) makes image tags immutable; false makes them mutable.',
      },
    },
  } as const,
  permissions: ['ecr:PutImageTagMutability'],
  doc: {
    summary: "Set each repository's image tag mutability, one PutImageTagMutability call per repository.",
    example: '- type: set-immutability\n  state: true',
  },
  reads: () => ['registryId', 'repositoryName'],
  plan(repos: Resource[], opts) {
    const mutability = (opts.state ?? true) ? 'IMMUTABLE' : 'MUTABLE';
    return repos.flatMap((r) => {
      const name = r.repositoryName;
      if (typeof name !== 'string') return [];
      return [
        {
          service: 'api.ecr',
          operation: 'PutImageTagMutability',
          input: { registryId: r.registryId, repositoryName: name, imageTagMutability: mutability },
          resourceIds: [name],
          describe: `set image tags of ${name} ${mutability}`,
          // As c7n, a repository deleted meanwhile is skipped.
          okErrors: ['RepositoryNotFoundException'],
        },
      ];
    });
  },
});
