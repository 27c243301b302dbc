/**
 * Cloud Custodian's eks addon filter: `list-item` over each cluster's add-ons (ListAddons, then
 * DescribeAddon per add-on name, kept in `c7n:Addons`); the matched add-ons themselves are
 * recorded in `c7n:ListItemMatches` (c7n's annotate_items).
 */
import { defineFilter } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import {
  checkListItemOver,
  compileListItemOver,
  listItemProperties,
} from '../../../common/filters/_list-item-over.js';
import { regionOf } from '../../../common/filters/fetch-related.js';

export const ADDONS = 'c7n:Addons';

export default defineFilter({
  type: 'addon',
  resources: ['aws.eks'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: listItemProperties(
      'an add-on (as DescribeAddon gives it: addonName, status, health.issues...)',
      'add-ons',
    ),
  } as const,
  permissions: ['eks:DescribeAddon', 'eks:ListAddons'],
  doc: {
    summary:
      'EKS clusters by their add-ons (ListAddons, then DescribeAddon per add-on): as `list-item` over them, a cluster matches when one passes `attrs` (or when the number that pass satisfies `count`). The matched add-ons are kept in `c7n:ListItemMatches`.',
    example:
      '- type: addon\n  attrs:\n    - addonName: amazon-cloudwatch-observability\n    - health.issues: not-null',
  },
  check: (opts, ctx) => checkListItemOver(ADDONS, opts, ctx),
  reads: () => ['name', ADDONS],
  compile: (opts, ctx) =>
    compileListItemOver(ADDONS, opts, ctx, async (clusters, ectx) => {
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
    }),
});
