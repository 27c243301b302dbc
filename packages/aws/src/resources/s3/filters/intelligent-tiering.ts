import {
  type CompileContext,
  comparisonOp,
  defineFilter,
  LIST_ITEM_MATCHES,
  type Resource,
} from '@c7n-ts/core';
import { bucketCall, eachBucket, noteDenied } from './_bucket.js';

/** Cloud Custodian's key for the bucket's configurations. */
export const INTELLIGENT_TIERING = 'c7n:IntelligentTiering';
const KEY = `"${INTELLIGENT_TIERING}"`;

/** The core `list-item` filter, which this one runs over the annotation. */
function listItem(ctx: CompileContext) {
  const decl = ctx.registry.filter(ctx.resourceType.type, 'list-item');
  if (!decl) throw new Error('the list-item filter is not registered');
  return decl;
}

export default defineFilter({
  type: 'intelligent-tiering',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      attrs: {
        type: 'array',
        items: { type: ['object', 'string'] },
        description: 'Filters (value, reduce, and/or/not) a configuration must pass, as in `list-item`.',
      },
      count: {
        type: 'number',
        description: 'Match on the number of configurations that pass instead of any.',
      },
      count_op: {
        ...comparisonOp,
        description: `How count compares. ${comparisonOp.description} Default eq.`,
      },
    },
  } as const,
  permissions: ['s3:GetIntelligentTieringConfiguration'],
  doc: {
    summary:
      "Buckets by their S3 Intelligent-Tiering configurations, listed with one ListBucketIntelligentTieringConfigurations call per bucket (kept in `c7n:IntelligentTiering`): as `list-item` over them, a bucket matches when one passes `attrs` (or when the number that pass satisfies `count`). The matched configurations are kept in `c7n:ListItemMatches` for `set-intelligent-tiering`'s `Id: matched`.",
    example: '- type: intelligent-tiering\n  attrs:\n    - Status: Enabled\n    - Id: archive-after-90-days',
  },
  check: (opts, ctx) => listItem(ctx).check?.({ ...opts, key: KEY }, ctx) ?? [],
  reads: () => ['Name', INTELLIGENT_TIERING],
  compile(opts, ctx) {
    const inner = listItem(ctx).compile({ ...opts, key: KEY }, ctx);
    return {
      kind: 'process',
      async process(buckets, ectx) {
        await eachBucket(buckets, ectx, 2, async (b, p) => {
          if (INTELLIGENT_TIERING in b) return;
          const res = await bucketCall(p, b, 'ListBucketIntelligentTieringConfigurations');
          if (res.ok) b[INTELLIGENT_TIERING] = res.out.IntelligentTieringConfigurationList ?? [];
          else if (res.code === 'AccessDenied')
            noteDenied(b, 'list_bucket_intelligent_tiering_configurations');
          // As in Cloud Custodian: other errors are logged and the bucket has no configurations.
          else
            ectx.log?.(
              'warn',
              `s3: cannot list the intelligent-tiering configurations of ${String(b.Name)} (${res.code})`,
            );
        });
        const prior = new Map(buckets.map((b) => [b, listLength(b)]));
        const out =
          inner.kind === 'process'
            ? await inner.process(buckets, ectx)
            : buckets.filter((b) => inner.match(b, ectx));
        for (const b of buckets) itemsForPositions(b, prior.get(b) ?? 0);
        return out;
      },
    };
  },
});

function listLength(b: Resource): number {
  const v = b[LIST_ITEM_MATCHES];
  return Array.isArray(v) ? v.length : 0;
}

/**
 * Cloud Custodian annotates the matched configurations themselves (annotate_items), which
 * `set-intelligent-tiering` reads; list-item records `key[i]` positions: turn the new ones into items.
 */
function itemsForPositions(b: Resource, from: number): void {
  const v = b[LIST_ITEM_MATCHES];
  if (!Array.isArray(v) || v.length === from) return;
  const list = Array.isArray(b[INTELLIGENT_TIERING]) ? (b[INTELLIGENT_TIERING] as unknown[]) : [];
  b[LIST_ITEM_MATCHES] = [
    ...v.slice(0, from),
    ...v.slice(from).map((pos) => {
      const i =
        typeof pos === 'string' && pos.startsWith(KEY) ? Number(/\[(\d+)\]$/.exec(pos)?.[1]) : Number.NaN;
      return Number.isInteger(i) ? (list[i] ?? pos) : pos;
    }),
  ];
}
