import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'set-scanning',
  resources: ['aws.ecr'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description: 'true (the default) turns image scanning on push on; false turns it off.',
      },
    },
  } as const,
  permissions: ['ecr:PutImageScanningConfiguration'],
  doc: {
    summary: 'Turn scan on push on or off, one PutImageScanningConfiguration call per repository.',
    example: '- type: set-scanning\n  state: true',
  },
  reads: () => ['registryId', 'repositoryName'],
  plan(repos: Resource[], opts) {
    const scanOnPush = opts.state ?? true;
    return repos.flatMap((r) => {
      const name = r.repositoryName;
      if (typeof name !== 'string') return [];
      return [
        {
          service: 'api.ecr',
          operation: 'PutImageScanningConfiguration',
          input: {
            registryId: r.registryId,
            repositoryName: name,
            imageScanningConfiguration: { scanOnPush },
          },
          resourceIds: [name],
          describe: `turn scan on push ${scanOnPush ? 'on' : 'off'} for ${name}`,
          // As c7n, a repository deleted meanwhile is skipped.
          okErrors: ['RepositoryNotFoundException'],
        },
      ];
    });
  },
});
