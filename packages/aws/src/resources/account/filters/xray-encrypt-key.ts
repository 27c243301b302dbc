import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

const ANNOTATION = 'c7n:XrayEncryptionConfig';

export default defineFilter({
  type: 'xray-encrypt-key',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['key'],
    properties: {
      key: {
        type: 'string',
        description:
          '`default`: match when X-Ray encrypts with its default encryption (type NONE); `kms`: with any KMS key; anything else is a key (id, ARN or alias) whose ARN must be the configured key.',
      },
    },
  } as const,
  // c7n names GetEncryptionConfig only; a named key is resolved with KMS DescribeKey.
  permissions: (opts) => ['xray:GetEncryptionConfig', ...(opts.key ? ['kms:DescribeKey'] : [])],
  doc: {
    summary:
      "Accounts by the region's X-Ray encryption (GetEncryptionConfig, kept under `c7n:XrayEncryptionConfig`): its type, or for a named key, the key's ARN (KMS DescribeKey) against the configured key id.",
    example: '- type: xray-encrypt-key\n  key: alias/xray',
  },
  reads: () => [ANNOTATION],
  compile(opts) {
    const key = opts.key;
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const out = await p.send('xray', 'GetEncryptionConfig', {}, region);
        const config = (out.EncryptionConfig ?? {}) as { KeyId?: string; Type?: string };
        for (const a of accounts) a[ANNOTATION] = config;
        if (key === 'default' || key === 'kms')
          return config.Type === (key === 'kms' ? 'KMS' : 'NONE') ? accounts : [];
        // As Cloud Custodian: the configured KeyId is compared with the key's full ARN.
        const described = await p.send('kms', 'DescribeKey', { KeyId: key }, region);
        const arn = (described.KeyMetadata as { Arn?: string } | undefined)?.Arn;
        return arn !== undefined && config.KeyId === arn ? accounts : [];
      },
    };
  },
});
