import { checkValueOptions, defineFilter, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import kmsKey from '../../../common/filters/kms-key.js';
import { valueMessages, valueProperties } from '../../../common/filters/value-over.js';
import type { AwsResourceType } from '../../types.js';

/** The key option as value filter options on the KMS key: a string is its alias name, as c7n. */
function keyFilter(key: string | Record<string, unknown>): ValueOptions {
  if (typeof key === 'string') return { key: 'c7n:AliasName', value: key } as ValueOptions;
  const { type: _type, ...rest } = key;
  return rest as ValueOptions;
}

export default defineFilter({
  type: 'default-ebs-encryption',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        description:
          'true: match when EBS encryption by default is on in the region; false (the default): when it is off.',
      },
      key: {
        oneOf: [
          {
            type: 'object',
            additionalProperties: false,
            properties: {
              type: { enum: ['value'], description: 'The value filter, as Cloud Custodian writes it.' },
              ...valueProperties,
            },
          },
          { type: 'string' },
        ],
        description:
          "With state true, the default key must match: a string is its alias name (`alias/aws/ebs`); an object, value filter options on the KMS key (DescribeKey's `KeyMetadata`, tags, `c7n:AliasName`).",
      },
    },
  } as const,
  permissions: [
    'ec2:GetEbsEncryptionByDefault',
    'ec2:GetEbsDefaultKmsKeyId',
    'kms:ListAliases',
    'kms:DescribeKey',
    // The key's tags, read as the kms-key filter reads them.
    'tag:GetResources',
  ],
  doc: {
    summary:
      "Accounts by the region's EBS encryption by default (GetEbsEncryptionByDefault) and, with `state: true` and `key`, by its default KMS key (GetEbsDefaultKmsKeyId, then the key as the `kms-key` filter sees it).",
    example: ['- type: default-ebs-encryption', '  state: true', '  key: alias/aws/ebs'].join('\n'),
  },
  messages: valueMessages,
  check: (opts) =>
    opts.key === undefined
      ? []
      : checkValueOptions(keyFilter(opts.key as string | Record<string, unknown>)).map((pr) => ({
          ...pr,
          path: typeof opts.key === 'string' ? ['key'] : ['key', ...(pr.path ?? [])],
        })),
  reads: () => [],
  compile(opts, ctx) {
    const state = opts.state ?? false;
    // c7n's KmsRelatedFilter on `{KmsKeyId: <default key>}`, the related filter of the kms-key trait.
    const withKeyPath = ctx.resourceType as AwsResourceType;
    const keyMatch =
      state && opts.key !== undefined
        ? kmsKey.compile(keyFilter(opts.key as string | Record<string, unknown>), {
            ...ctx,
            resourceType: { ...withKeyPath, source: { ...withKeyPath.source, kmsKeyPath: 'KmsKeyId' } },
          })
        : undefined;
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const out = await p.send('ec2', 'GetEbsEncryptionByDefault', {}, region);
        if (Boolean(out.EbsEncryptionByDefault) !== state) return [];
        if (keyMatch) {
          const key = (await p.send('ec2', 'GetEbsDefaultKmsKeyId', {}, region)).KmsKeyId;
          const holder = [{ KmsKeyId: key }];
          const hits =
            keyMatch.kind === 'process'
              ? await keyMatch.process(holder, ectx)
              : holder.filter((h) => keyMatch.match(h, ectx));
          if (!hits.length) return [];
        }
        return accounts;
      },
    };
  },
});
