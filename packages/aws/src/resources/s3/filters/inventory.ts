import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { bucketCall, eachBucket, noteDenied } from './_bucket.js';

/** Cloud Custodian's key for the bucket's inventory configurations. */
export const INVENTORIES = 'c7n:inventories';

export default defineFilter({
  type: 'inventory',
  resources: ['aws.s3'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['s3:GetInventoryConfiguration'],
  doc: {
    summary:
      'Buckets with an inventory configuration that passes the value filter options, listed with one ListBucketInventoryConfigurations call per bucket (kept in `c7n:inventories`). As in Cloud Custodian, a bucket whose listing fails is noted in `c7n:DeniedMethods` and does not match.',
    example: '- type: inventory\n  key: IsEnabled\n  value: true',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['Name', INVENTORIES],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(buckets, ectx) {
        const hits = await eachBucket(buckets, ectx, 2, async (b, p) => {
          if (!(INVENTORIES in b)) {
            const res = await bucketCall(p, b, 'ListBucketInventoryConfigurations');
            if (!res.ok) {
              noteDenied(b, 'GetInventoryConfiguration');
              ectx.log?.('warn', `s3: cannot list the inventories of ${String(b.Name)} (${res.code})`);
              return false;
            }
            b[INVENTORIES] = res.out.InventoryConfigurationList ?? [];
          }
          const list = (Array.isArray(b[INVENTORIES]) ? b[INVENTORIES] : []) as Resource[];
          return (await matcher(list, ectx)).size > 0;
        });
        return buckets.filter((_, i) => hits[i]);
      },
    };
  },
});
