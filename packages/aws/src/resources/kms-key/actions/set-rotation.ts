import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'set-rotation',
  resources: ['aws.kms-key'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: { type: 'boolean', default: true, description: 'Turn automatic rotation on (default) or off.' },
    },
  } as const,
  permissions: (opts) => [opts.state === false ? 'kms:DisableKeyRotation' : 'kms:EnableKeyRotation'],
  doc: {
    summary:
      'Turn automatic key rotation on (EnableKeyRotation) or off (DisableKeyRotation), one call per key.',
    example: '- type: set-rotation\n  state: true',
  },
  reads: () => ['KeyId'],
  plan(keys, opts) {
    const operation = opts.state === false ? 'DisableKeyRotation' : 'EnableKeyRotation';
    return keys.map((k) => ({
      service: 'kms',
      operation,
      input: { KeyId: k.KeyId },
      resourceIds: [String(k.KeyId)],
      describe: `${opts.state === false ? 'disable' : 'enable'} rotation of key ${String(k.KeyId)}`,
    }));
  },
});
