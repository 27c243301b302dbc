import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { allPages } from './_per-run.js';

/** Where each instance keeps its recommendations, and the matched ones (Cloud Custodian's keys). */
export const RECOMMENDATIONS = 'c7n:db-recommendations';
export const MATCHED_RECOMMENDATIONS = 'c7n:matched-db-recommendations';

export default defineFilter({
  type: 'recommendations',
  resources: ['aws.rds'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['rds:DescribeDBRecommendations'],
  doc: {
    summary:
      "DB instances with a recommendation that passes the value filter options (`Status`, `Severity`, `TypeId`...). Recommendations come from DescribeDBRecommendations filtered by the instances' DbiResourceId, 50 instances a call, matched by ARN; they are kept under `c7n:db-recommendations` and the matched ones under `c7n:matched-db-recommendations`.",
    example: '- type: recommendations\n  key: Status\n  value: active',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['DbiResourceId', 'DBInstanceArn', RECOMMENDATIONS],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ectx) {
        const todo = rs.filter((r) => !(RECOMMENDATIONS in r));
        for (let i = 0; i < todo.length; i += 50) {
          const chunk = todo.slice(i, i + 50);
          const ids = chunk.flatMap((r) => (typeof r.DbiResourceId === 'string' && r.DbiResourceId) || []);
          if (ids.length === 0) {
            for (const r of chunk) r[RECOMMENDATIONS] = [];
            continue;
          }
          const recs = await allPages<Resource>(
            ectx,
            'DescribeDBRecommendations',
            { Filters: [{ Name: 'dbi-resource-id', Values: ids }] },
            'DBRecommendations',
          );
          const byArn = new Map<string, Resource[]>();
          for (const e of recs) {
            const arn = String(e.ResourceArn);
            byArn.set(arn, [...(byArn.get(arn) ?? []), e]);
          }
          for (const r of chunk) r[RECOMMENDATIONS] = byArn.get(String(r.DBInstanceArn)) ?? [];
        }
        const all = rs.flatMap((r) => (r[RECOMMENDATIONS] ?? []) as Resource[]);
        const hits = await matcher([...new Set(all)], ectx);
        return rs.filter((r) => {
          const matched = ((r[RECOMMENDATIONS] ?? []) as Resource[]).filter((e) => hits.has(e));
          if (matched.length === 0) return false;
          r[MATCHED_RECOMMENDATIONS] = matched;
          return true;
        });
      },
    };
  },
});
