/**
 * Cloud Custodian's eks addon filter: `list-item` over each cluster's add-ons (ListAddons, then
 * DescribeAddon per add-on name, kept in `c7n:Addons`); the matched add-ons themselves are
 * recorded in `c7n:ListItemMatches` (c7n's annotate_items).
 */
import {
  type CompileContext,
  comparisonOp,
  defineFilter,
  LIST_ITEM_MATCHES,
  type Resource,
} from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';

export const ADDONS = 'c7n:Addons';
const KEY = `"${ADDONS}"`;

/** The core `list-item` filter, which this one runs over the add-ons. */
function listItem(ctx: CompileContext) {
  const decl = ctx.registry.filter(ctx.resourceType.type, 'list-item');
  if (!decl) throw new Error('the list-item filter is not registered');
  return decl;
}

export default defineFilter({
  type: 'addon',
  resources: ['aws.eks'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      attrs: {
        type: 'array',
        items: { type: ['object', 'string'] },
        description:
          'Filters (value, reduce, and/or/not) an add-on (as DescribeAddon gives it: addonName, status, health.issues...) must pass, as in `list-item`.',
      },
      count: { type: 'number', description: 'Match on the number of add-ons that pass instead of any.' },
      count_op: {
        ...comparisonOp,
        description: `How count compares. ${comparisonOp.description} Default eq.`,
      },
    },
  } as const,
  permissions: ['eks:DescribeAddon', 'eks:ListAddons'],
  doc: {
    summary:
      'EKS clusters by their add-ons (ListAddons, then DescribeAddon per add-on): as `list-item` over them, a cluster matches when one passes `attrs` (or when the number that pass satisfies `count`). The matched add-ons are kept in `c7n:ListItemMatches`.',
    example:
      '- type: addon\n  attrs:\n    - addonName: amazon-cloudwatch-observability\n    - health.issues: not-null',
  },
  check: (opts, ctx) => listItem(ctx).check?.({ ...opts, key: KEY }, ctx) ?? [],
  reads: () => ['name', ADDONS],
  compile(opts, ctx) {
    const inner = listItem(ctx).compile({ ...opts, key: KEY }, ctx);
    return {
      kind: 'process',
      async process(clusters, ectx) {
        const p = awsProvider(ectx);
        const region = regionOf(ectx, p);
        for (const c of clusters) {
          if (ADDONS in c) continue;
          const listed = await p.send('eks', 'ListAddons', { clusterName: c.name }, region);
          const addons: unknown[] = [];
          for (const addonName of (listed.addons ?? []) as string[]) {
            const out = await p.send('eks', 'DescribeAddon', { clusterName: c.name, addonName }, region);
            if (out.addon) addons.push(out.addon);
          }
          c[ADDONS] = addons;
        }
        const prior = new Map(clusters.map((c) => [c, listLength(c)]));
        const out =
          inner.kind === 'process'
            ? await inner.process(clusters, ectx)
            : clusters.filter((c) => inner.match(c, ectx));
        for (const c of clusters) itemsForPositions(c, prior.get(c) ?? 0);
        return out;
      },
    };
  },
});

function listLength(r: Resource): number {
  const v = r[LIST_ITEM_MATCHES];
  return Array.isArray(v) ? v.length : 0;
}

/** list-item records `key[i]` positions; c7n records the matched add-ons themselves. */
function itemsForPositions(r: Resource, from: number): void {
  const v = r[LIST_ITEM_MATCHES];
  if (!Array.isArray(v) || v.length === from) return;
  const list = Array.isArray(r[ADDONS]) ? (r[ADDONS] as unknown[]) : [];
  r[LIST_ITEM_MATCHES] = [
    ...v.slice(0, from),
    ...v.slice(from).map((pos) => {
      const i =
        typeof pos === 'string' && pos.startsWith(KEY) ? Number(/\[(\d+)\]$/.exec(pos)?.[1]) : Number.NaN;
      return Number.isInteger(i) ? (list[i] ?? pos) : pos;
    }),
  ];
}
