import { defineFilter, type EvalContext, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  appendAnnotation,
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { allPages, oncePerRun } from './_per-run.js';

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

/** Where a parameter group's values are read: DB parameter groups, or DB cluster parameter groups. */
export interface ParameterSource {
  operation: 'DescribeDBParameters' | 'DescribeDBClusterParameters';
  /** The operation's group-name input. */
  param: 'DBParameterGroupName' | 'DBClusterParameterGroupName';
  /** The per-run cache key prefix (the two kinds of group may share a name). */
  cacheKey: string;
}

const DB_PARAMETERS: ParameterSource = {
  operation: 'DescribeDBParameters',
  param: 'DBParameterGroupName',
  cacheKey: 'rds-pg',
};

/** A group's parameter values by name, typed by DataType, read once per run. */
export function groupValues(
  ctx: EvalContext,
  group: string,
  src: ParameterSource = DB_PARAMETERS,
): Promise<Resource> {
  return oncePerRun(ctx, `${src.cacheKey}:${group}`, async () => {
    const out: Resource = {};
    const params = await allPages<Parameter>(ctx, src.operation, { [src.param]: group }, 'Parameters');
    for (const prm of params)
      if (prm.ParameterName && prm.ParameterValue !== undefined)
        out[prm.ParameterName] = recast(prm.ParameterValue, prm.DataType);
    return out;
  });
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
