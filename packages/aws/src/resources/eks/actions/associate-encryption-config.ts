/**
 * Cloud Custodian's eks associate-encryption-config: AssociateEncryptionConfig on each ACTIVE
 * cluster (others skipped with a warning). The API takes no alias, so a first key naming one
 * (`alias` anywhere in it, as c7n tests) is resolved to its ARN with one KMS DescribeKey first.
 */
import { defineAction } from '@c7n-ts/core';

type EncryptionConfig = { provider: { keyArn: string }; resources?: string[] }[];

export default defineAction({
  type: 'associate-encryption-config',
  resources: ['aws.eks'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['encryptionConfig'],
    properties: {
      encryptionConfig: {
        type: 'array',
        minItems: 1,
        description:
          "AssociateEncryptionConfig's `encryptionConfig`: the KMS key and the resources (`secrets`) it encrypts.",
        items: {
          type: 'object',
          required: ['provider'],
          properties: {
            provider: {
              type: 'object',
              required: ['keyArn'],
              description: 'The KMS key.',
              properties: {
                keyArn: {
                  type: 'string',
                  description: 'Key ARN, id or alias (`alias/eks`, resolved to its ARN).',
                },
              },
            },
            resources: {
              type: 'array',
              items: { type: 'string' },
              description: 'What the key encrypts: `secrets`.',
            },
          },
        },
      },
    },
  } as const,
  permissions: ['eks:AssociateEncryptionConfig', 'kms:DescribeKey'],
  doc: {
    summary:
      "Encrypt ACTIVE clusters' Kubernetes secrets with a KMS key (AssociateEncryptionConfig); a key given by alias is resolved to its ARN with KMS DescribeKey first. Clusters in another state are skipped with a warning.",
    example: [
      '- type: associate-encryption-config',
      '  encryptionConfig:',
      '    - provider:',
      '        keyArn: alias/eks',
      '      resources:',
      '        - secrets',
    ].join('\n'),
  },
  reads: () => ['name', 'status'],
  async plan(clusters, opts, ctx) {
    const config = structuredClone(opts.encryptionConfig) as EncryptionConfig;
    const first = config[0];
    if (first?.provider.keyArn.includes('alias')) {
      if (!ctx.read) throw new Error('associate-encryption-config needs to read the KMS key');
      const out = (await ctx.read('kms', 'DescribeKey', { KeyId: first.provider.keyArn })) as {
        KeyMetadata?: { Arn?: string };
      };
      if (out.KeyMetadata?.Arn) first.provider.keyArn = out.KeyMetadata.Arn;
    }
    const active = clusters.filter((c) => c.status === 'ACTIVE');
    const skipped = clusters.length - active.length;
    if (skipped)
      ctx.log?.(
        'warn',
        `associate-encryption-config: ${skipped} of ${clusters.length} clusters not ACTIVE; skipped`,
      );
    return active.map((c) => ({
      service: 'eks',
      operation: 'AssociateEncryptionConfig',
      input: { clusterName: c.name, encryptionConfig: config },
      resourceIds: [String(c.name)],
      describe: `encrypt ${(first?.resources ?? []).join(', ') || 'resources'} of EKS cluster ${String(c.name)} with ${first?.provider.keyArn}`,
    }));
  },
});
