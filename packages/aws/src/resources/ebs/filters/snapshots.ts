import {
  type CompileContext,
  comparisonOp,
  defineFilter,
  LIST_ITEM_MATCHES,
  type Resource,
} from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { isServiceError } from '../../../query/errors.js';

/** Cloud Custodian's key for a volume's snapshots. */
const SNAPSHOTS = 'c7n:Snapshots';
const KEY = `"${SNAPSHOTS}"`;
// Cloud Custodian asks for 30 volumes' snapshots per call.
const CHUNK = 30;

/** The core `list-item` filter, which this one runs over the annotation. */
function listItem(ctx: CompileContext) {
  const decl = ctx.registry.filter(ctx.resourceType.type, 'list-item');
  if (!decl) throw new Error('the list-item filter is not registered');
  return decl;
}

export default defineFilter({
  type: 'snapshots',
  resources: ['aws.ebs'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      attrs: {
        type: 'array',
        items: { type: ['object', 'string'] },
        description: 'Filters (value, reduce, and/or/not) a snapshot must pass, as in `list-item`.',
      },
      count: { type: 'number', description: 'Match on the number of snapshots that pass instead of any.' },
      count_op: {
        ...comparisonOp,
        description: `How count compares. ${comparisonOp.description} Default eq.`,
      },
    },
  } as const,
  permissions: ['ec2:DescribeSnapshots'],
  doc: {
    summary:
      'Volumes by their snapshots, listed with DescribeSnapshots by volume id (30 volumes a call; kept in `c7n:Snapshots`): as `list-item` over them, a volume matches when one passes `attrs` (or when the number that pass satisfies `count`).',
    example: [
      '- type: snapshots',
      '  attrs:',
      '    - type: value',
      '      key: StartTime',
      '      value_type: age',
      '      value: 7',
      '      op: less-than',
      '  count: 0',
    ].join('\n'),
  },
  check: (opts, ctx) => listItem(ctx).check?.({ ...opts, key: KEY }, ctx) ?? [],
  reads: () => ['VolumeId', SNAPSHOTS],
  compile(opts, ctx) {
    const inner = listItem(ctx).compile({ ...opts, key: KEY }, ctx);
    return {
      kind: 'process',
      async process(volumes, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        for (let i = 0; i < volumes.length; i += CHUNK) {
          const chunk = volumes.slice(i, i + CHUNK);
          let snapshots: Resource[] = [];
          try {
            const out = await p.send(
              'ec2',
              'DescribeSnapshots',
              { Filters: [{ Name: 'volume-id', Values: chunk.map((v) => v.VolumeId) }] },
              region,
            );
            snapshots = (out.Snapshots as Resource[] | undefined) ?? [];
          } catch (e) {
            // As c7n: logged; these volumes are taken to have no snapshots.
            if (!isServiceError(e)) throw e;
            ectx.log?.('warn', `ebs snapshots: cannot list snapshots by volume: ${(e as Error).message}`);
          }
          for (const v of chunk) v[SNAPSHOTS] = snapshots.filter((s) => s.VolumeId === v.VolumeId);
        }
        // c7n keeps its matches in c7n:Snapshots itself, not in c7n:ListItemMatches.
        const prior = new Map(volumes.map((v) => [v, v[LIST_ITEM_MATCHES]]));
        const out =
          inner.kind === 'process'
            ? await inner.process(volumes, ectx)
            : volumes.filter((v) => inner.match(v, ectx));
        for (const [v, before] of prior)
          if (before === undefined) delete v[LIST_ITEM_MATCHES];
          else v[LIST_ITEM_MATCHES] = before;
        return out;
      },
    };
  },
});
