/**
 * Cloud Custodian's value filters over a list hanging off each IAM user (access-key: its
 * ListAccessKeys; ssh-key: its ListSSHPublicKeys): the list is fetched once per user (one page,
 * as c7n) into an annotation, the value options compare each item, and the user matches when one
 * does. The matching items are merged into a `c7n:matched-*` annotation as c7n merges them in an
 * `and` block (the policy's top level): intersected with what earlier filters matched.
 */
import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../filters/value-over.js';
import { IAM_USER, iamSend, nameOf } from './principal.js';

export interface UserItems {
  type: string;
  list: string;
  /** Response member holding the items. */
  items: string;
  annotation: string;
  matched: string;
  /** Marks each matched item with `c7n:match-type` (access keys: `access`). */
  matchType?: string;
  /** Accept `match-operator: and`: compare only the items earlier filters matched. */
  matchOperator?: boolean;
  summary: string;
  example: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function userItemsFilter(spec: UserItems) {
  const extra = spec.matchOperator
    ? {
        'match-operator': {
          enum: ['and', 'or'] as const,
          description:
            '`and`: compare only the items earlier filters of this kind matched; `or` (the default): every item.',
        } as const,
      }
    : {};
  return defineFilter({
    type: spec.type,
    resources: ['aws.iam-user'],
    options: {
      type: 'object',
      additionalProperties: false,
      // `extra` is read through the untyped options below; typed, the union defeats FromSchema.
      properties: { ...valueProperties, ...(extra as object) },
    } as const,
    permissions: [`iam:${spec.list}`],
    doc: { summary: spec.summary, example: spec.example },
    messages: valueMessages,
    check: (opts) => {
      const { 'match-operator': _m, ...value } = opts as Record<string, unknown>;
      return checkEmbeddedValue(value);
    },
    reads: () => ['UserName'],
    compile(opts, cctx) {
      const { 'match-operator': op, ...value } = opts as Record<string, unknown>;
      const matcher = compileItemMatcher(valueOptionsOf(value) as ValueOptions, cctx.baseDir);
      return {
        kind: 'process',
        async process(rs, ctx) {
          for (const r of rs) {
            if (spec.annotation in r) continue;
            const name = nameOf(IAM_USER, r);
            const page = name ? await iamSend(ctx, spec.list, { UserName: name }) : {};
            r[spec.annotation] = (page[spec.items] ?? []) as Resource[];
          }
          const out: Resource[] = [];
          for (const r of rs) {
            const prior = Array.isArray(r[spec.matched]) ? (r[spec.matched] as Resource[]) : undefined;
            const items = op === 'and' && prior ? prior : ((r[spec.annotation] ?? []) as Resource[]);
            const hits = [...(await matcher(items, ctx))];
            if (spec.matchType) for (const k of hits) k['c7n:match-type'] = spec.matchType;
            r[spec.matched] = prior ? hits.filter((h) => prior.some((p) => same(p, h))) : hits;
            if (hits.length) out.push(r);
          }
          return out;
        },
      };
    },
  });
}
