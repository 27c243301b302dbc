import { defineFilter, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { bucketCall, eachBucket } from './_bucket.js';

/** Cloud Custodian's key for the bucket's OwnershipControls (null when it has none). */
export const OWNERSHIP = 'c7n:ownership';
const CONTROLS = [
  'BucketOwnerEnforced',
  'BucketOwnerPreferred',
  'ObjectWriter',
  'absent',
  'present',
  'not-null',
  'empty',
];
// A bucket has at most one ObjectOwnership rule, so the filter compares that one.
const KEY = `("${OWNERSHIP}".Rules[].ObjectOwnership)[0]`;

export default defineFilter({
  type: 'ownership',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...valueProperties,
      key: {
        type: 'string',
        description:
          "Accepted as in Cloud Custodian and ignored: the filter always compares the bucket's ObjectOwnership.",
      },
      value: {
        oneOf: [
          { type: 'string', enum: CONTROLS },
          { type: 'array', items: { type: 'string', enum: CONTROLS } },
        ],
        description:
          'The object ownership setting(s) to compare with (BucketOwnerEnforced, BucketOwnerPreferred, ObjectWriter), or absent, present, not-null, empty.',
      },
    },
  } as const,
  permissions: ['s3:GetBucketOwnershipControls'],
  doc: {
    summary:
      "Buckets by their object ownership setting, read with one GetBucketOwnershipControls call per bucket in the bucket's region (kept in `c7n:ownership`; `value: empty` matches buckets without ownership controls).",
    example: '- type: ownership\n  op: in\n  value: [BucketOwnerEnforced, BucketOwnerPreferred]',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue({ ...opts, key: KEY }),
  reads: () => ['Name', OWNERSHIP],
  compile(opts, ctx) {
    const matcher = compileItemMatcher({ ...valueOptionsOf(opts), key: KEY } as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(buckets, ectx) {
        await eachBucket(buckets, ectx, 2, async (b, p) => {
          if (OWNERSHIP in b) return;
          const res = await bucketCall(p, b, 'GetBucketOwnershipControls');
          if (res.ok) b[OWNERSHIP] = res.out.OwnershipControls ?? null;
          else if (res.code === 'OwnershipControlsNotFoundError') b[OWNERSHIP] = null;
          // As in Cloud Custodian: logged, and the bucket is evaluated without the annotation.
          else
            ectx.log?.('warn', `s3: cannot read the ownership controls of ${String(b.Name)} (${res.code})`);
        });
        const hits = await matcher(buckets, ectx);
        return buckets.filter((b) => hits.has(b));
      },
    };
  },
});
