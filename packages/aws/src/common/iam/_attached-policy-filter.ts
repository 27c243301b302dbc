/**
 * `has-specific-managed-policy` as a value filter over the managed policies attached to what a
 * resource runs as (a role's own, an instance profile's role, an instance's profile role, a
 * function's execution role): the value options compare each attached policy, on `PolicyName`
 * unless `key` says otherwise. Each type says how its attached policies are fetched (the calls
 * Cloud Custodian makes for it, in its order) and whether the matches are annotated.
 */
import { defineFilter, type EvalContext, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../filters/value-over.js';

const MATCHED = 'c7n:MatchedPolicies';

export interface AttachedPolicySpec {
  type: string;
  summary: string;
  example: string;
  permissions: readonly string[];
  reads: readonly string[];
  keyDescription?: string;
  /** Makes the calls for `rs`; answers each resource's attached policies, undefined: no match. */
  attached(rs: readonly Resource[], ctx: EvalContext): Promise<(r: Resource) => Resource[] | undefined>;
  /** Merge the matching policies into `c7n:MatchedPolicies` (c7n does so for roles and profiles). */
  annotate?: boolean;
}

export function attachedPolicyFilter(spec: AttachedPolicySpec) {
  return defineFilter({
    type: 'has-specific-managed-policy',
    resources: [spec.type],
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ...valueProperties,
        key: {
          type: 'string',
          default: 'PolicyName',
          description:
            spec.keyDescription ??
            'Field of each attached policy compared (`PolicyName` by default, or `PolicyArn`).',
        },
      },
    } as const,
    permissions: [...spec.permissions],
    doc: { summary: spec.summary, example: spec.example },
    messages: valueMessages,
    check: (opts) => checkEmbeddedValue({ ...opts, key: opts.key ?? 'PolicyName' }),
    reads: () => [...spec.reads],
    compile(opts, cctx) {
      const matcher = compileItemMatcher(
        { ...valueOptionsOf(opts), key: opts.key ?? 'PolicyName' } as ValueOptions,
        cctx.baseDir,
      );
      return {
        kind: 'process',
        async process(rs, ctx) {
          const attachedOf = await spec.attached(rs, ctx);
          const out: Resource[] = [];
          for (const r of rs) {
            const attached = attachedOf(r);
            if (!attached) continue;
            const hits = await matcher(attached, ctx);
            if (hits.size === 0) continue;
            if (spec.annotate) {
              const prior = Array.isArray(r[MATCHED]) ? (r[MATCHED] as Resource[]) : [];
              const seen = new Set(prior.map((x) => JSON.stringify(x)));
              r[MATCHED] = [...prior, ...attached.filter((a) => hits.has(a) && !seen.has(JSON.stringify(a)))];
            }
            out.push(r);
          }
          return out;
        },
      };
    },
  });
}
