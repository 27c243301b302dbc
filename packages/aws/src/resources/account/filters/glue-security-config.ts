/**
 * Cloud Custodian's account `glue-security-config`: the account's Glue Data Catalog encryption
 * settings (encryption at rest and connection password encryption, as one document) matched
 * attribute by attribute, every given attribute equal. A key option naming an alias
 * (`alias/...`) matches when the settings' key is that alias's key (the kms-key filter's
 * `c7n:AliasName`, its first alias).
 */
import { defineFilter, type EvalContext, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { forPath as kmsKeyFilterAt } from '../../../common/filters/kms-key.js';
import { compileItemMatcher } from '../../../common/filters/value-over.js';

const ANNOTATION = 'c7n:glue-security-config';
const ATTRS = [
  'CatalogEncryptionMode',
  'SseAwsKmsKeyId',
  'ReturnConnectionPasswordEncrypted',
  'AwsKmsKeyId',
] as const;
const KEY_ATTRS = ['SseAwsKmsKeyId', 'AwsKmsKeyId'] as const;
const KMS_PERMISSIONS = ['kms:ListAliases', 'kms:DescribeKey', 'kms:ListKeys', 'tag:GetResources'];

type Opts = {
  CatalogEncryptionMode?: string;
  SseAwsKmsKeyId?: string;
  ReturnConnectionPasswordEncrypted?: boolean;
  AwsKmsKeyId?: string;
};

const aliasAttrs = (opts: Opts) => KEY_ATTRS.filter((a) => opts[a]?.startsWith('alias'));

export default defineFilter({
  type: 'glue-security-config',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      CatalogEncryptionMode: {
        enum: ['DISABLED', 'SSE-KMS'],
        description: "The catalog's encryption at rest: `SSE-KMS` or `DISABLED`.",
      },
      SseAwsKmsKeyId: {
        type: 'string',
        description:
          'The KMS key encrypting the catalog at rest, as Glue reports it; an alias (`alias/...`) matches the key it names.',
      },
      ReturnConnectionPasswordEncrypted: {
        type: 'boolean',
        description: 'Whether connection passwords are returned encrypted.',
      },
      AwsKmsKeyId: {
        type: 'string',
        description:
          'The KMS key encrypting connection passwords, as Glue reports it; an alias (`alias/...`) matches the key it names.',
      },
    },
  } as const,
  permissions: (opts: Opts) => [
    'glue:GetDataCatalogEncryptionSettings',
    ...(aliasAttrs(opts).length ? KMS_PERMISSIONS : []),
  ],
  doc: {
    summary:
      'The account by its Glue Data Catalog encryption settings (GetDataCatalogEncryptionSettings: `EncryptionAtRest` and `ConnectionPasswordEncryption` merged into one document, kept in `c7n:glue-security-config`): every option given must equal the setting of that name. A key given as an alias matches the key that alias names.',
    example:
      '- type: glue-security-config\n  CatalogEncryptionMode: SSE-KMS\n  SseAwsKmsKeyId: alias/aws/glue',
  },
  reads: () => [],
  compile(opts: Opts, cctx) {
    const given = ATTRS.filter((a) => opts[a] !== undefined);
    const matchers = given.map((a) =>
      compileItemMatcher({ key: a, value: opts[a] } as ValueOptions, cctx.baseDir),
    );
    const kmsKey = kmsKeyFilterAt('KmsKeyId');
    /** c7n's `get_target`: the settings, or nothing when an alias names another key. */
    async function target(account: Resource, ctx: EvalContext): Promise<Resource> {
      const p = providerOf(ctx);
      const out = await p.send('glue', 'GetDataCatalogEncryptionSettings', {}, regionOf(ctx, p));
      const settings = (out.DataCatalogEncryptionSettings ?? {}) as Record<string, Resource | undefined>;
      const doc: Resource = { ...settings.EncryptionAtRest, ...settings.ConnectionPasswordEncryption };
      account[ANNOTATION] = doc;
      for (const attr of aliasAttrs(opts)) {
        const alias = opts[attr] as string;
        const ev = kmsKey.compile({ key: 'c7n:AliasName', value: alias }, cctx);
        if (ev.kind !== 'process') throw new Error('kms-key is a process filter');
        if (!(await ev.process([{ KmsKeyId: doc[attr] }], ctx)).length) return {};
        doc[attr] = alias;
      }
      return doc;
    }
    return {
      kind: 'process',
      async process(accounts, ctx) {
        const out: Resource[] = [];
        for (const account of accounts) {
          const doc = await target(account, ctx);
          let hit = true;
          for (const m of matchers) if (!(await m([doc], ctx)).size) hit = false;
          if (hit) out.push(account);
        }
        return out;
      },
    };
  },
});
