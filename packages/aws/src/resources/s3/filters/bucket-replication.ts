import {
  type CompileContext,
  comparisonOp,
  defineFilter,
  type EvalContext,
  LIST_ITEM_MATCHES,
  type Resource,
} from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode, isServiceError } from '../../../query/errors.js';
import { bucketRegion } from './_bucket.js';

type Json = Record<string, unknown>;
const KEY = 'Replication.ReplicationConfiguration.Rules';

/** The core `list-item` filter, which this one runs over the bucket's replication rules. */
function listItem(ctx: CompileContext) {
  const decl = ctx.registry.filter(ctx.resourceType.type, 'list-item');
  if (!decl) throw new Error('the list-item filter is not registered');
  return decl;
}

/** What Cloud Custodian adds to a rule about its destination bucket. */
export type DestinationFacts =
  | { DestinationBucketAvailable: false }
  | { DestinationBucketAvailable: true; DestinationRegion?: string; CrossRegion?: boolean };

/**
 * The destination bucket's region. Cloud Custodian asks S3 with an unsigned HTTP HEAD request
 * (no AWS API call, nothing its recordings replay); c7n-ts asks GetBucketLocation through the
 * SDK. NoSuchBucket: not available. A location it may not read (another account's bucket)
 * leaves the region unknown, with a warning.
 */
async function destinationRegion(
  name: string,
  ctx: EvalContext,
): Promise<{ exists: false } | { exists: true; region?: string }> {
  const p = providerOf(ctx);
  try {
    const out = await p.send('s3', 'GetBucketLocation', { Bucket: name }, regionOf(ctx, p));
    return { exists: true, region: bucketRegion({ Location: out }) };
  } catch (e) {
    if (!isServiceError(e)) throw e;
    if (errorCode(e) === 'NoSuchBucket') return { exists: false };
    ctx.log?.('warn', `bucket-replication: cannot read the location of ${name}: ${(e as Error).message}`);
    return { exists: true };
  }
}

export default defineFilter({
  type: 'bucket-replication',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      attrs: {
        type: 'array',
        items: { type: ['object', 'string'] },
        description:
          'Filters (value, reduce, and/or/not) a replication rule must pass, as in `list-item`; rules also carry DestinationBucketAvailable, DestinationRegion and CrossRegion.',
      },
      count: { type: 'number', description: 'Match on the number of rules that pass instead of any.' },
      count_op: {
        ...comparisonOp,
        description: `How count compares. ${comparisonOp.description} Default eq.`,
      },
    },
  } as const,
  permissions: ['s3:GetBucketLocation', 's3:GetReplicationConfiguration'],
  doc: {
    summary:
      "Buckets by their replication rules (fetched with the bucket), as `list-item` over them. Each rule first gets Cloud Custodian's DestinationBucketAvailable, DestinationRegion and CrossRegion: Cloud Custodian finds the destination's region with a plain HTTP request, c7n-ts with GetBucketLocation (a destination that does not exist is not available; one whose location may not be read has no region). The matched rules are recorded in c7n:ListItemMatches.",
    example: [
      '- type: bucket-replication',
      '  attrs:',
      '    - Status: Enabled',
      '    - CrossRegion: true',
    ].join('\n'),
  },
  check: (opts, ctx) => listItem(ctx).check?.({ ...opts, key: KEY }, ctx) ?? [],
  reads: () => ['Name', 'Location', 'Replication'],
  compile(opts, ctx) {
    const inner = listItem(ctx).compile({ ...opts, key: KEY }, ctx);
    return {
      kind: 'process',
      async process(buckets, ectx) {
        const regions = new Map<string, Awaited<ReturnType<typeof destinationRegion>>>();
        const prior = new Map<Resource, unknown>();
        for (const b of buckets) {
          prior.set(b, b[LIST_ITEM_MATCHES]);
          const replication = b.Replication as { ReplicationConfiguration?: Json } | null | undefined;
          const rules = replication?.ReplicationConfiguration?.Rules;
          if (!Array.isArray(rules) || !rules.length) continue;
          const source = bucketRegion(b);
          const augmented: Json[] = [];
          for (const rule of rules as Json[]) {
            const arn = String((rule.Destination as Json | undefined)?.Bucket ?? '');
            const name = arn.split(':')[5] ?? arn;
            const found = regions.get(name) ?? (await destinationRegion(name, ectx));
            regions.set(name, found);
            const facts: DestinationFacts = !found.exists
              ? { DestinationBucketAvailable: false }
              : found.region === undefined
                ? { DestinationBucketAvailable: true }
                : {
                    DestinationBucketAvailable: true,
                    DestinationRegion: found.region,
                    CrossRegion: found.region !== source,
                  };
            augmented.push({ ...rule, ...facts });
          }
          // New objects: policies share the fetched resource's nested values.
          b.Replication = {
            ...replication,
            ReplicationConfiguration: { ...replication?.ReplicationConfiguration, Rules: augmented },
          };
        }
        const out =
          inner.kind === 'process'
            ? await inner.process(buckets, ectx)
            : buckets.filter((b) => inner.match(b, ectx));
        // As c7n (annotate_items), the matched rules themselves are recorded, not their paths.
        for (const [b, before] of prior) {
          const now = b[LIST_ITEM_MATCHES];
          if (now === before) continue;
          const rules = ((b.Replication as Json).ReplicationConfiguration as Json).Rules as Json[];
          const added = (now as string[]).slice(Array.isArray(before) ? before.length : 0);
          const items = added.map((path) => rules[Number(/\[(\d+)\]$/.exec(path)?.[1])]);
          b[LIST_ITEM_MATCHES] = [...(Array.isArray(before) ? before : []), ...items];
        }
        return out;
      },
    };
  },
});
