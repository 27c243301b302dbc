import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'set-xray-encrypt',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['key'],
    properties: {
      key: {
        type: 'string',
        description:
          '`default` for X-Ray default encryption (type NONE); otherwise the KMS key (id, ARN or alias) to encrypt with.',
      },
    },
  } as const,
  permissions: ['xray:PutEncryptionConfig'],
  doc: {
    summary:
      "Set the region's X-Ray encryption (PutEncryptionConfig): default encryption for `key: default`, otherwise KMS with the given key.",
    example: '- type: set-xray-encrypt\n  key: alias/xray',
  },
  reads: () => ['account_id'],
  plan(accounts, opts) {
    if (!accounts.length) return [];
    const resourceIds = accounts.map((a) => String(a.account_id));
    const kms = opts.key !== 'default';
    return [
      {
        service: 'xray',
        operation: 'PutEncryptionConfig',
        input: kms ? { Type: 'KMS', KeyId: opts.key } : { Type: 'NONE' },
        resourceIds,
        describe: `set X-Ray encryption of account ${resourceIds.join(', ')} to ${kms ? `KMS key ${opts.key}` : 'default'}`,
      },
    ];
  },
});
