import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'set-encryption',
  resources: ['aws.secrets-manager'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['key'],
    properties: {
      key: {
        type: 'string',
        description: 'KMS key to encrypt the secrets with: a key id, key ARN or alias.',
      },
    },
  } as const,
  permissions: ['secretsmanager:UpdateSecret'],
  doc: {
    summary: 'Encrypt secrets with a KMS key (UpdateSecret with `KmsKeyId`, by secret name).',
    example: '- type: set-encryption\n  key: alias/foo/bar',
  },
  reads: () => ['Name'],
  plan(resources: Resource[], opts) {
    return resources.flatMap((r) => {
      const name = r.Name;
      if (typeof name !== 'string') return [];
      return [
        {
          service: 'secretsmanager',
          operation: 'UpdateSecret',
          input: { SecretId: name, KmsKeyId: opts.key },
          resourceIds: [name],
          describe: `encrypt secret ${name} with ${opts.key}`,
        },
      ];
    });
  },
});
