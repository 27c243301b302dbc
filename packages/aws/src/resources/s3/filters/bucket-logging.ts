import { defineFilter, type EvalContext } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import { equal } from '../actions/_statements.js';
import { bucketRegion, formatArgs, pyFormat } from './_bucket.js';

interface Opts {
  op: 'enabled' | 'disabled' | 'equal' | 'not-equal' | 'eq' | 'ne';
  target_bucket?: string;
  target_prefix?: string;
}

/** The account's first alias ('' without one), for `{account}`: Cloud Custodian asks IAM once. */
async function accountAlias(ctx: EvalContext): Promise<string> {
  const p = awsProvider(ctx);
  const out = (await p.send('iam', 'ListAccountAliases', {}, regionOf(ctx, p))) as {
    AccountAliases?: string[];
  };
  return out.AccountAliases?.[0] ?? '';
}

export default defineFilter({
  type: 'bucket-logging',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['op'],
    properties: {
      op: {
        enum: ['enabled', 'disabled', 'equal', 'not-equal', 'eq', 'ne'],
        description:
          'enabled/disabled: whether access logging is on; equal/eq or not-equal/ne: whether it writes to target_bucket and target_prefix.',
      },
      target_bucket: {
        type: 'string',
        description:
          'Expected log bucket; `{account_id}`, `{region}`, `{account}` (the account alias), `{source_bucket_name}`, `{source_bucket_region}` are replaced. Without it, logging must be off to be equal.',
      },
      target_prefix: {
        type: 'string',
        description: 'Expected log prefix, with the same variables; default `<bucket name>/`.',
      },
    },
  } as const,
  permissions: ['s3:GetBucketLogging', 'iam:ListAccountAliases'],
  doc: {
    summary:
      'Buckets by their access logging (fetched with the bucket): on or off, or whether it goes to the expected bucket and prefix. Comparing reads the account alias once (IAM ListAccountAliases) for `{account}`.',
    example:
      '- type: bucket-logging\n  op: not-equal\n  target_bucket: "{account_id}-{region}-s3-logs"\n  target_prefix: "{source_bucket_name}/"',
  },
  reads: () => ['Name', 'Logging'],
  compile: (opts: Opts) => ({
    kind: 'process',
    async process(buckets, ctx) {
      const logging = (b: Record<string, unknown>) => (b.Logging === undefined ? {} : b.Logging);
      if (opts.op === 'disabled' || opts.op === 'enabled') {
        const off = (b: Record<string, unknown>) => equal(logging(b), {});
        return buckets.filter((b) => (opts.op === 'disabled' ? off(b) : !off(b)));
      }
      const account = await accountAlias(ctx);
      return buckets.filter((b) => {
        const vars = {
          ...formatArgs(b, ctx),
          account,
          source_bucket_name: String(b.Name),
          source_bucket_region: bucketRegion(b),
          target_bucket_name: opts.target_bucket,
          target_prefix: opts.target_prefix,
        };
        const bucket = opts.target_bucket === undefined ? undefined : pyFormat(opts.target_bucket, vars);
        const prefix =
          opts.target_prefix === undefined ? `${String(b.Name)}/` : pyFormat(opts.target_prefix, vars);
        const target = bucket ? { TargetBucket: bucket, TargetPrefix: prefix } : {};
        const same = equal(logging(b), target);
        return opts.op === 'not-equal' || opts.op === 'ne' ? !same : same;
      });
    },
  }),
});
