import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { isServiceError } from '../../../query/errors.js';
import { bucketName, codeOf, inBucketRegions } from './_bucket.js';

const KEYS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;
/** Where the `check-public-block` filter leaves the configuration it read (Cloud Custodian's key). */
const ANNOTATION = 'c7n:PublicAccessBlock';

const setting = (what: string) =>
  ({
    type: 'boolean',
    description: `Value to set for ${what}; settings not given keep their current value.`,
  }) as const;

export default defineAction({
  type: 'set-public-block',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description: 'Value for all four settings when none is named; ignored when one is.',
      },
      BlockPublicAcls: setting('BlockPublicAcls'),
      IgnorePublicAcls: setting('IgnorePublicAcls'),
      BlockPublicPolicy: setting('BlockPublicPolicy'),
      RestrictPublicBuckets: setting('RestrictPublicBuckets'),
    },
  } as const,
  permissions: ['s3:GetBucketPublicAccessBlock', 's3:PutBucketPublicAccessBlock'],
  doc: {
    summary:
      "Set a bucket's Block Public Access settings. Named settings are changed and the others keep their current values (read with GetPublicAccessBlock unless the `check-public-block` filter already did); with none named, all four are set to `state` (true by default).",
    example: '- type: set-public-block\n  BlockPublicAcls: true\n  BlockPublicPolicy: true',
  },
  reads: () => [],
  async plan(buckets, opts, ctx) {
    const named = KEYS.filter((k) => opts[k] !== undefined);
    const calls: PlannedCall[] = [];
    for (const b of buckets) {
      const bucket = bucketName(b);
      if (!bucket) continue;
      let config: Record<string, unknown> = Object.fromEntries(KEYS.map((k) => [k, false]));
      const annotated = b[ANNOTATION];
      const denied =
        Array.isArray(b['c7n:DeniedMethods']) && b['c7n:DeniedMethods'].includes('GetPublicAccessBlock');
      if (denied && named.length > 0 && named.length < KEYS.length) {
        // The filter could not read the settings this change would keep; guessing could clear them.
        ctx.log?.('warn', `s3: the public access block of ${bucket} could not be read; not changed`);
        continue;
      }
      if (annotated && typeof annotated === 'object') config = { ...(annotated as Record<string, unknown>) };
      else {
        // Cloud Custodian reads even when all four are overwritten; replays count on the call.
        if (!ctx.read) {
          ctx.log?.('warn', `s3: cannot read the public access block of ${bucket}; not changed`);
          continue;
        }
        try {
          const out = (await ctx.read('s3', 'GetPublicAccessBlock', { Bucket: bucket })) as
            | { PublicAccessBlockConfiguration?: Record<string, unknown> }
            | undefined;
          config = { ...config, ...(out?.PublicAccessBlockConfiguration ?? {}) };
        } catch (e) {
          // Only AWS's answer may skip the bucket; a missing flight file or a bug fails the run.
          if (!isServiceError(e)) throw e;
          const code = codeOf(e);
          if (code !== 'NoSuchPublicAccessBlockConfiguration') {
            ctx.log?.('warn', `s3: cannot read the public access block of ${bucket} (${code}); not changed`);
            continue;
          }
        }
      }
      if (named.length > 0) for (const k of named) config[k] = opts[k];
      else for (const k of KEYS) config[k] = opts.state;
      const on = KEYS.filter((k) => config[k] === true);
      calls.push({
        service: 's3',
        operation: 'PutPublicAccessBlock',
        input: { Bucket: bucket, PublicAccessBlockConfiguration: config },
        resourceIds: [bucket],
        describe: `set the public access block of ${bucket} to ${on.length ? `block ${on.join(', ')}` : 'block nothing'}`,
      });
    }
    return inBucketRegions(calls, buckets);
  },
});
