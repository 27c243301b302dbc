import { defineFilter } from '@c7n-ts/core';
import { bucketCall, eachBucket } from './_bucket.js';

const KEYS = ['BlockPublicPolicy', 'BlockPublicAcls', 'IgnorePublicAcls', 'RestrictPublicBuckets'] as const;
const ANNOTATION = 'c7n:PublicAccessBlock';

const flag = (description: string) => ({ type: 'boolean', description }) as const;

export default defineFilter({
  type: 'check-public-block',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      BlockPublicAcls: flag('Match buckets whose BlockPublicAcls setting is this value.'),
      IgnorePublicAcls: flag('Match buckets whose IgnorePublicAcls setting is this value.'),
      BlockPublicPolicy: flag('Match buckets whose BlockPublicPolicy setting is this value.'),
      RestrictPublicBuckets: flag('Match buckets whose RestrictPublicBuckets setting is this value.'),
    },
  } as const,
  permissions: ['s3:GetBucketPublicAccessBlock'],
  doc: {
    summary:
      "Buckets by their public access block, read with one GetPublicAccessBlock call per bucket (kept in `c7n:PublicAccessBlock`; a bucket without one has every setting false). With settings given, each must equal the bucket's; without, buckets where any setting is off match.",
    example: '- type: check-public-block\n  BlockPublicAcls: false',
  },
  reads: () => ['Name'],
  compile: (opts: Partial<Record<(typeof KEYS)[number], boolean>>) => {
    const given = KEYS.filter((k) => opts[k] !== undefined);
    return {
      kind: 'process',
      async process(buckets, ctx) {
        const hits = await eachBucket(buckets, ctx, 2, async (b, p) => {
          if (!(ANNOTATION in b)) {
            let config: Record<string, unknown> = Object.fromEntries(KEYS.map((k) => [k, false]));
            const res = await bucketCall(p, b, 'GetPublicAccessBlock');
            if (res.ok) config = (res.out.PublicAccessBlockConfiguration ?? {}) as Record<string, unknown>;
            else if (res.code === 'AccessDenied') {
              // As for the augment calls: noted on the bucket, evaluated as all-false.
              const denied = Array.isArray(b['c7n:DeniedMethods'])
                ? (b['c7n:DeniedMethods'] as string[])
                : [];
              b['c7n:DeniedMethods'] = [...denied, 'GetPublicAccessBlock'];
            } else if (res.code !== 'NoSuchPublicAccessBlockConfiguration') throw res.error;
            b[ANNOTATION] = config;
          }
          const config = b[ANNOTATION] as Record<string, unknown>;
          if (given.length) return given.every((k) => config[k] === opts[k]);
          return !KEYS.every((k) => Boolean(config[k]));
        });
        return buckets.filter((_, i) => hits[i]);
      },
    };
  },
});
