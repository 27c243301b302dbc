import { defineFilter, type EvalContext, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { isServiceError } from '../../../query/errors.js';
import { bucketCall, bucketRegion, eachBucket } from './_bucket.js';

const ANNOTATION = 'c7n:bucket-encryption';

interface Opts {
  state?: boolean;
  crypto?: 'AES256' | 'aws:kms';
  key?: string;
  bucket_key_enabled?: boolean;
}

interface KmsKey {
  KeyId?: string;
  Arn?: string;
  Aliases: string[];
}

type Rule = {
  ApplyServerSideEncryptionByDefault?: { SSEAlgorithm?: string; KMSMasterKeyID?: string };
  BucketKeyEnabled?: boolean;
};

/** The key per region, as c7n resolves it: DescribeKey, then ListAliases for its names and ARNs. */
async function resolveKeys(key: string, buckets: Resource[], ctx: EvalContext): Promise<Map<string, KmsKey>> {
  const keys = new Map<string, KmsKey>();
  const regions = [...new Set(buckets.map(bucketRegion))];
  const p = awsProvider(ctx);
  for (const region of regions) {
    try {
      const meta = ((await p.send('kms', 'DescribeKey', { KeyId: key }, region)).KeyMetadata ?? {}) as KmsKey;
      const out = await p.send('kms', 'ListAliases', { KeyId: meta.KeyId }, region);
      const aliases = (out.Aliases ?? []) as { AliasArn?: string; AliasName?: string }[];
      keys.set(region, {
        KeyId: meta.KeyId,
        Arn: meta.Arn,
        Aliases: aliases.flatMap((a) => [a.AliasArn, a.AliasName]).filter((x): x is string => !!x),
      });
    } catch (e) {
      // c7n logs and goes on: the key is unresolved there, so no kms rule matches it.
      if (!isServiceError(e)) throw e;
      ctx.log?.('error', `cannot resolve kms key ${key} in ${region}: ${(e as Error).message}`);
    }
  }
  return keys;
}

function ruleMatches(opts: Opts, rule: Rule, key: KmsKey | undefined): boolean {
  const d = rule.ApplyServerSideEncryptionByDefault;
  if (!d) return false;
  const algo = d.SSEAlgorithm;
  if (!opts.crypto) return algo === 'AES256' || algo === 'aws:kms';
  if (opts.crypto === 'AES256') return algo === 'AES256';
  if (algo !== 'aws:kms') return false;
  // Without a key option any kms rule matches; an unresolvable key matches none.
  if (!key) return opts.key === undefined;
  // A kms rule without a key id uses the AWS managed key.
  const id = d.KMSMasterKeyID ?? 'alias/aws/s3';
  return id === key.Arn || id === key.KeyId || key.Aliases.includes(id);
}

/** c7n decides on the first rule only; a bucket without rules falls through to `state`. */
function bucketMatches(opts: Opts, rules: Rule[], key: KmsKey | undefined): boolean {
  const first = rules[0];
  if (first && opts.bucket_key_enabled !== undefined) {
    // c7n tests `if bucket_key_enabled:` first, so `false` takes the `is False` branch.
    return opts.bucket_key_enabled ? first.BucketKeyEnabled === true : !first.BucketKeyEnabled;
  }
  if (opts.state ?? true) return first ? ruleMatches(opts, first, key) : false;
  return first ? !ruleMatches(opts, first, key) : true;
}

export default defineFilter({
  type: 'bucket-encryption',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        description: 'true (default): buckets whose default encryption matches; false: buckets without it.',
      },
      crypto: { enum: ['AES256', 'aws:kms'], description: 'The default encryption algorithm to look for.' },
      key: {
        type: 'string',
        description: 'With crypto aws:kms: the KMS key (id, ARN, alias name or alias ARN) the rule must use.',
      },
      bucket_key_enabled: {
        type: 'boolean',
        description:
          'Buckets whose default encryption rule has S3 Bucket Keys enabled (true) or not (false).',
      },
    },
  } as const,
  permissions: (opts: Opts) => [
    's3:GetEncryptionConfiguration',
    ...(opts.key !== undefined ? ['kms:DescribeKey', 'kms:ListAliases'] : []),
  ],
  doc: {
    summary:
      "Buckets by default encryption, read with one GetBucketEncryption call per bucket (cached in `c7n:bucket-encryption`): `state: false` finds unencrypted buckets; `crypto` and `key` require an algorithm or KMS key; `bucket_key_enabled` tests S3 Bucket Keys. As in Cloud Custodian, only the bucket's first rule is considered.",
    example: '- type: bucket-encryption\n  state: true\n  crypto: aws:kms',
  },
  messages: { 'key-and-bucket-key': '`key` and `bucket_key_enabled` cannot both be set.' },
  check: (opts: Opts) =>
    opts.key !== undefined && opts.bucket_key_enabled !== undefined
      ? [
          {
            messageId: 'key-and-bucket-key',
            message: '`key` and `bucket_key_enabled` cannot both be set.',
            path: ['bucket_key_enabled'],
          },
        ]
      : [],
  // The filter makes its own call; the key's region grouping needs the bucket location.
  reads: (opts: Opts) => (opts.key !== undefined ? ['Name', 'Location'] : ['Name']),
  compile: (opts: Opts) => ({
    kind: 'process',
    async process(buckets, ctx) {
      const keys =
        opts.key !== undefined ? await resolveKeys(opts.key, buckets, ctx) : new Map<string, KmsKey>();
      const hits = await eachBucket(buckets, ctx, 2, async (b, p) => {
        if (!(ANNOTATION in b)) {
          const res = await bucketCall(p, b, 'GetBucketEncryption');
          if (!res.ok && res.code !== 'ServerSideEncryptionConfigurationNotFoundError') {
            // c7n logs the failure and leaves the bucket out.
            ctx.log?.('error', `GetBucketEncryption failed for ${String(b.Name)}: ${res.code}`);
            return false;
          }
          b[ANNOTATION] = res.ok ? res.out : {};
        }
        const be = b[ANNOTATION] as { ServerSideEncryptionConfiguration?: { Rules?: Rule[] } };
        return bucketMatches(
          opts,
          be.ServerSideEncryptionConfiguration?.Rules ?? [],
          keys.get(bucketRegion(b)),
        );
      });
      return buckets.filter((_, i) => hits[i]);
    },
  }),
});
