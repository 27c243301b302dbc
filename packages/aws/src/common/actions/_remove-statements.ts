/**
 * The `remove-statements` action of the types with a resource policy document, after Cloud
 * Custodian's RemovePolicyBase: by Sid, those the `cross-account` filter matched, or all. Each
 * type says where the policy is (read by its filter, or fetched here when missing) and which
 * calls write back what is left.
 */
import {
  type ActionContext,
  defineAction,
  type PlannedCall,
  type Problem,
  type Resource,
} from '@c7n-ts/core';
import { keepStatements, type Statement } from '../../resources/s3/actions/_statements.js';
import { policyHasFilter } from '../filters/policy-filters.js';

export interface Removal {
  /** The parsed policy (write back `{ ...policy, Statement: kept }`). */
  policy: Record<string, unknown>;
  kept: Statement[];
  removed: number;
  /** "remove 2 statements from the policy of NAME", for `describe`. */
  what: string;
}

export interface RemoveStatementsSpec {
  resources: string[];
  permissions: string[];
  summary: string;
  /** Resource fields read (name, id, the policy field). */
  reads: readonly string[];
  /** What names the resource in plans and warnings. */
  name: (r: Resource) => string;
  /**
   * The policy document's JSON text; undefined when the resource has none. May read it (with
   * `ctx.read`) when the filter did not.
   */
  policyText: (r: Resource, ctx: ActionContext) => string | undefined | Promise<string | undefined>;
  /** Cloud Custodian refuses the action without a `cross-account` filter (Elasticsearch, Secrets Manager). */
  needsCrossAccount?: boolean;
  /** The calls writing back what is left. */
  calls: (r: Resource, removal: Removal) => PlannedCall[];
}

/** A `remove-statements` action for one policy-bearing type. */
export function removeStatements(spec: RemoveStatementsSpec) {
  return defineAction({
    type: 'remove-statements',
    resources: spec.resources,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['statement_ids'],
      properties: {
        statement_ids: {
          description:
            'Statements to remove: a list of Sids, `matched` for those the `cross-account` filter matched, or `*` for all.',
          oneOf: [{ enum: ['matched', '*'] }, { type: 'array', items: { type: 'string' } }],
        },
      },
    } as const,
    permissions: spec.permissions,
    doc: { summary: spec.summary, example: '- type: remove-statements\n  statement_ids: matched' },
    messages: {
      'needs-cross-account': '`remove-statements` may only be used with the `cross-account` filter.',
    },
    check(_opts, ctx) {
      const problems: Problem[] = [];
      // Only with the policy at hand (the loader passes it); a bare options check cannot tell.
      // policyHasFilter reads filters as written, a bare `- cross-account` included.
      if (spec.needsCrossAccount && ctx.policy && !policyHasFilter(ctx.policy, 'cross-account'))
        problems.push({
          messageId: 'needs-cross-account',
          message: '`remove-statements` may only be used with the `cross-account` filter.',
        });
      return problems;
    },
    reads: () => [...spec.reads],
    async plan(resources, opts, ctx) {
      const ids = opts.statement_ids as 'matched' | '*' | string[];
      const calls: PlannedCall[] = [];
      for (const r of resources) {
        const name = spec.name(r);
        const text = await spec.policyText(r, ctx);
        if (!text) continue;
        const result = keepStatements(r, name, text, ids, ctx);
        if (!result || result.removed === 0) continue;
        const what = `remove ${result.removed} statement${result.removed === 1 ? '' : 's'} from the policy of ${name}`;
        calls.push(...spec.calls(r, { ...result, what }));
      }
      return calls;
    },
  });
}
