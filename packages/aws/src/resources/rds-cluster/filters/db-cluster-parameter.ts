import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  appendAnnotation,
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { groupValues, type ParameterSource } from '../../rds/filters/db-parameter.js';

/** Where a matched cluster records the parameter key that matched, as Cloud Custodian. */
export const MATCHED_CLUSTER_PARAMETER = 'c7n:MatchedDBClusterParameter';

// c7n caches both kinds of group under one `rds-pg` key; a cluster group and a DB group may
// share a name (`default.aurora-mysql8.0`), so here they are cached apart.
const CLUSTER_PARAMETERS: ParameterSource = {
  operation: 'DescribeDBClusterParameters',
  param: 'DBClusterParameterGroupName',
  cacheKey: 'rds-cluster-pg',
};

const groupOf = (c: Resource): string | undefined =>
  typeof c.DBClusterParameterGroup === 'string' && c.DBClusterParameterGroup
    ? c.DBClusterParameterGroup
    : undefined;

export default defineFilter({
  type: 'db-cluster-parameter',
  resources: ['aws.rds-cluster'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['rds:DescribeDBClusters', 'rds:DescribeDBClusterParameters'],
  doc: {
    summary:
      "DB clusters by the values in their DB cluster parameter group: value filter options apply to the group's parameters by name (`key` is a parameter name), typed by their DataType (booleans, integers, floats). Each group is read once per run with DescribeDBClusterParameters; a matched cluster lists the key under `c7n:MatchedDBClusterParameter`.",
    example: '- type: db-cluster-parameter\n  key: require_secure_transport\n  value: "OFF"',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['DBClusterParameterGroup', MATCHED_CLUSTER_PARAMETER],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ectx) {
        const values = new Map<string, Resource>();
        for (const g of new Set(rs.flatMap((c) => groupOf(c) ?? [])))
          values.set(g, await groupValues(ectx, g, CLUSTER_PARAMETERS));
        const hits = await matcher([...new Set(values.values())], ectx);
        return rs.filter((c) => {
          const g = groupOf(c);
          if (!g || !hits.has(values.get(g) as Resource)) return false;
          appendAnnotation(c, MATCHED_CLUSTER_PARAMETER, opts.key);
          return true;
        });
      },
    };
  },
});
