import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { isServiceError } from '../../../query/errors.js';
import { bucketRegion as filterBucketRegion, formatArgs, pyFormat } from '../filters/_bucket.js';
import { bucketName, codeOf, inBucketRegions } from './_bucket.js';
import { equal } from './_statements.js';

export default defineAction({
  type: 'toggle-logging',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      enabled: {
        type: 'boolean',
        default: true,
        description: 'True to turn access logging on, false to turn it off.',
      },
      target_bucket: {
        type: 'string',
        description:
          'Bucket the logs go to (required to enable); `{account_id}`, `{region}`, `{account}` (the account alias), `{source_bucket_name}`, `{source_bucket_region}` are replaced.',
      },
      target_prefix: {
        type: 'string',
        description: 'Prefix of the log objects, with the same variables; default `<bucket name>/`.',
      },
    },
  } as const,
  permissions: ['s3:PutBucketLogging', 'iam:ListAccountAliases'],
  doc: {
    summary:
      'Turn access logging on (to target_bucket/target_prefix, where it is off or goes elsewhere) or off, with PutBucketLogging, from the logging configuration fetched with the bucket. The account alias is read once (IAM ListAccountAliases) for `{account}`.',
    example:
      '- type: toggle-logging\n  target_bucket: "{account_id}-{region}-s3-logs"\n  target_prefix: "{source_bucket_name}/"',
  },
  messages: { 'target-required': 'toggle-logging needs target_bucket unless enabled is false.' },
  check: (opts) =>
    opts.enabled !== false && !opts.target_bucket
      ? [
          {
            messageId: 'target-required',
            message: 'toggle-logging needs target_bucket to enable logging',
            path: [],
          },
        ]
      : [],
  reads: () => ['Logging'],
  async plan(buckets, opts, ctx) {
    let account = '';
    if (ctx.read) {
      try {
        const out = (await ctx.read('iam', 'ListAccountAliases', {})) as
          | { AccountAliases?: string[] }
          | undefined;
        account = out?.AccountAliases?.[0] ?? '';
      } catch (e) {
        if (!isServiceError(e)) throw e;
        ctx.log?.('warn', `s3: cannot read the account alias (${codeOf(e)}); {account} is empty`);
      }
    }
    const calls: PlannedCall[] = [];
    for (const b of buckets) {
      const bucket = bucketName(b);
      if (!bucket) continue;
      const current = b.Logging;
      const logging = Boolean(current && typeof current === 'object' && Object.keys(current).length);
      if (opts.enabled) {
        const vars = {
          ...formatArgs(b, ctx),
          account,
          source_bucket_name: bucket,
          source_bucket_region: filterBucketRegion(b),
          target_bucket_name: opts.target_bucket,
          target_prefix: opts.target_prefix,
        };
        const config = {
          TargetBucket: pyFormat(opts.target_bucket ?? '', vars),
          TargetPrefix: opts.target_prefix === undefined ? `${bucket}/` : pyFormat(opts.target_prefix, vars),
        };
        if (logging && equal(current, config)) continue;
        calls.push({
          service: 's3',
          operation: 'PutBucketLogging',
          input: { Bucket: bucket, BucketLoggingStatus: { LoggingEnabled: config } },
          resourceIds: [bucket],
          describe: `log ${bucket} to ${config.TargetBucket}/${config.TargetPrefix}`,
        });
      } else if (logging)
        calls.push({
          service: 's3',
          operation: 'PutBucketLogging',
          input: { Bucket: bucket, BucketLoggingStatus: {} },
          resourceIds: [bucket],
          describe: `turn off access logging of ${bucket}`,
        });
    }
    return inBucketRegions(calls, buckets);
  },
});
