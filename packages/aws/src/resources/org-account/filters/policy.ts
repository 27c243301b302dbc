/**
 * Cloud Custodian's org-account `policy` filter: `list-item` over the Organizations policies of
 * one type attached to each account (ListPoliciesForTarget), with `inherited` also those of its
 * units and of the root. The matched policies are kept in `c7n:PolicyMatches`, as there.
 */
import { comparisonOp, defineFilter, LIST_ITEM_MATCHES, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { checkListItemOver, compileListItemOver } from '../../../common/filters/_list-item-over.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import { annotateParents, orgUnits, PARENTS, rootId } from './_org-units.js';

/** Where each account keeps the policies the filter looked at. */
export const POLICIES = 'c7n:Policies';
const MATCHES = 'c7n:PolicyMatches';

export const POLICY_TYPES = [
  'SERVICE_CONTROL_POLICY',
  'TAG_POLICY',
  'BACKUP_POLICY',
  'AISERVICES_OPT_OUT_POLICY',
] as const;

export default defineFilter({
  type: 'policy',
  resources: ['aws.org-account'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['policy-type'],
    properties: {
      'policy-type': { enum: POLICY_TYPES, description: 'The type of Organizations policy to look at.' },
      inherited: {
        type: 'boolean',
        description:
          "Also the policies attached to the account's organizational units and to the root (default false: the account's own).",
      },
      attrs: {
        type: 'array',
        items: { type: ['object', 'string'] },
        description:
          'Filters (value, and/or/not) a policy (Id, Arn, Name, Description, Type, AwsManaged) must pass, as in `list-item`.',
      },
      count: { type: 'number', description: 'Match on the number of policies that pass instead of any.' },
      count_op: {
        ...comparisonOp,
        description: `How count compares. ${comparisonOp.description} Default eq.`,
      },
    },
  } as const,
  permissions: ['organizations:ListPoliciesForTarget', 'organizations:ListRoots'],
  doc: {
    summary:
      'Accounts by the Organizations policies of a type attached to them (ListPoliciesForTarget, once per target), or with `inherited` also to their units and the root (as the `org-unit` filter finds them): as `list-item` over those policies, kept in `c7n:Policies`; the matched ones are kept in `c7n:PolicyMatches`.',
    example:
      '- type: policy\n  policy-type: SERVICE_CONTROL_POLICY\n  inherited: true\n  count: 0\n  attrs:\n    - Name: RestrictedRootAccount',
  },
  check: (opts, ctx) => checkListItemOver(POLICIES, opts, ctx),
  reads: () => ['Id', POLICIES],
  compile(opts, ctx) {
    const inner = compileListItemOver(POLICIES, opts, ctx, async (accounts, ectx) => {
      const p = awsProvider(ectx);
      const region = regionOf(ectx, p);
      let root: string | undefined;
      if (opts.inherited) {
        await annotateParents(p, region, accounts, await orgUnits(p, region));
        root = await rootId(p.send.bind(p), region);
      }
      const byTarget = new Map<string, Resource[]>();
      for (const a of accounts) {
        const targets = [String(a.Id)];
        if (root !== undefined)
          targets.push(...((a[PARENTS] ?? []) as Resource[]).map((u) => String(u.Id)), root);
        const policies = new Map<string, Resource>();
        for (const TargetId of targets) {
          let attached = byTarget.get(TargetId);
          if (!attached) {
            const out = await p.send(
              'organizations',
              'ListPoliciesForTarget',
              { Filter: opts['policy-type'], TargetId },
              region,
            );
            attached = (out.Policies ?? []) as Resource[];
            byTarget.set(TargetId, attached);
          }
          for (const pol of attached) policies.set(String(pol.Id), pol);
        }
        a[POLICIES] = [...policies.values()];
      }
    });
    if (inner.kind !== 'process') return inner;
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const prior = new Map(accounts.map((a) => [a, a[LIST_ITEM_MATCHES]]));
        const out = await inner.process(accounts, ectx);
        // list-item's annotation becomes c7n's item_annotation_key for this filter.
        for (const a of accounts) {
          const before = prior.get(a);
          const now = a[LIST_ITEM_MATCHES];
          if (now === before || !Array.isArray(now)) continue;
          const added = now.slice(Array.isArray(before) ? before.length : 0);
          if (before === undefined) delete a[LIST_ITEM_MATCHES];
          else a[LIST_ITEM_MATCHES] = before;
          a[MATCHES] = [...(Array.isArray(a[MATCHES]) ? (a[MATCHES] as unknown[]) : []), ...added];
        }
        return out;
      },
    };
  },
});
