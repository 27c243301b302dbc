import { defineFilter, type EvalContext, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  appendAnnotation,
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import type { AwsProvider } from '../../../provider.js';

/** Where a matched instance records the parameter key that matched, as Cloud Custodian. */
export const MATCHED_PARAMETER = 'c7n:MatchedDBParameter';

type Parameter = { ParameterName?: string; ParameterValue?: string; DataType?: string };

/**
 * A parameter value typed by its AWS DataType, as Cloud Custodian recasts it: booleans come as
 * 1/0 (or TRUE/FALSE on Oracle), integers only when all digits; anything else stays a string.
 */
export function recast(value: string, dataType: string | undefined): unknown {
  const digits = /^\d+$/.test(value);
  switch (dataType) {
    case 'boolean':
      if (digits) return Number(value) !== 0;
      if (value === 'TRUE') return true;
      if (value === 'FALSE') return false;
      return value;
    case 'integer':
      return digits ? Number(value) : value;
    case 'float': {
      if (!value) return 0;
      const n = Number(value);
      return Number.isNaN(n) ? value : n;
    }
    default:
      return value;
  }
}

/** Parameter values by group, once per run, account and region (c7n keeps them in its cache). */
const groupCache = new WeakMap<AwsProvider, Map<string, Promise<Resource>>>();

function groupValues(ctx: EvalContext, group: string): Promise<Resource> {
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  const cache = groupCache.get(p) ?? new Map<string, Promise<Resource>>();
  groupCache.set(p, cache);
  const key = `${p.accountId}|${region}|${group}`;
  let values = cache.get(key);
  if (!values) {
    values = (async () => {
      const out: Resource = {};
      let marker: string | undefined;
      do {
        const page = await p.send(
          'rds',
          'DescribeDBParameters',
          { DBParameterGroupName: group, ...(marker && { Marker: marker }) },
          region,
        );
        for (const prm of (page.Parameters ?? []) as Parameter[])
          if (prm.ParameterName && prm.ParameterValue !== undefined)
            out[prm.ParameterName] = recast(prm.ParameterValue, prm.DataType);
        marker = typeof page.Marker === 'string' && page.Marker ? page.Marker : undefined;
      } while (marker);
      return out;
    })();
    cache.set(key, values);
  }
  return values;
}

const groupsOf = (db: Resource): string[] =>
  ((db.DBParameterGroups ?? []) as { DBParameterGroupName?: string }[]).flatMap(
    (g) => g.DBParameterGroupName ?? [],
  );

export default defineFilter({
  type: 'db-parameter',
  resources: ['aws.rds'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['rds:DescribeDBInstances', 'rds:DescribeDBParameters'],
  doc: {
    summary:
      "DB instances by the values in their DB parameter groups: value filter options apply to the group's parameters by name (`key` is a parameter name), typed by their DataType (booleans, integers, floats). Each group is read once per run with DescribeDBParameters; a matched instance lists the key under `c7n:MatchedDBParameter`.",
    example: '- type: db-parameter\n  key: rds.force_ssl\n  op: ne\n  value: true',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['DBParameterGroups', MATCHED_PARAMETER],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ectx) {
        // The first group of each instance, in order, as c7n reads them before matching.
        const values = new Map<string, Resource>();
        for (const g of new Set(rs.flatMap((db) => groupsOf(db).slice(0, 1))))
          values.set(g, await groupValues(ectx, g));
        // Later groups (rare) are read when reached; c7n would fail on them.
        for (const g of rs.flatMap(groupsOf)) if (!values.has(g)) values.set(g, await groupValues(ectx, g));
        const hits = await matcher([...new Set(values.values())], ectx);
        return rs.filter((db) => {
          if (!groupsOf(db).some((g) => hits.has(values.get(g) as Resource))) return false;
          appendAnnotation(db, MATCHED_PARAMETER, opts.key);
          return true;
        });
      },
    };
  },
});
