import { defineFilter, type ValueOptions } from '@c7n-ts/core';
import { regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { bucketCall, eachBucket } from './_bucket.js';

/** Where the configuration is kept (null when the bucket has none), Cloud Custodian's key. */
export const LOCK_CONFIGURATION = 'c7n:ObjectLockConfiguration';

export default defineFilter({
  type: 'lock-configuration',
  resources: ['aws.s3'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['s3:GetBucketObjectLockConfiguration'],
  doc: {
    summary:
      'Buckets by their object lock configuration: value filter options apply to it, read with one GetObjectLockConfiguration call per bucket (kept in `c7n:ObjectLockConfiguration`, null when the bucket has none). As in Cloud Custodian, a bucket whose configuration cannot be read is logged and evaluated as having none.',
    example: '- type: lock-configuration\n  key: Rule.DefaultRetention.Mode\n  value: COMPLIANCE',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['Name', LOCK_CONFIGURATION],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(buckets, ectx) {
        await eachBucket(buckets, ectx, 3, async (b, p) => {
          if (LOCK_CONFIGURATION in b) return;
          // Cloud Custodian calls through the policy region's client here, not the bucket's.
          const res = await bucketCall(p, b, 'GetObjectLockConfiguration', regionOf(ectx, p));
          if (res.ok) b[LOCK_CONFIGURATION] = res.out.ObjectLockConfiguration ?? null;
          else {
            if (res.code !== 'ObjectLockConfigurationNotFoundError')
              ectx.log?.(
                'warn',
                `s3: cannot read the object lock configuration of ${String(b.Name)} (${res.code})`,
              );
            b[LOCK_CONFIGURATION] = null;
          }
        });
        // No configuration is evaluated as an empty one: every key is absent, as on c7n's None.
        const configs = buckets.map((b) => (b[LOCK_CONFIGURATION] ?? {}) as Record<string, unknown>);
        const hits = await matcher(configs, ectx);
        return buckets.filter((_, i) => hits.has(configs[i] as Record<string, unknown>));
      },
    };
  },
});
