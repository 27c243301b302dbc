import {
  defineFilter,
  type EvalContext,
  parseJsonData,
  type Resource,
  type ValueOptions,
} from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

type Parameter = { ParameterName?: string; ParameterValue?: string; DataType?: string };

/** As Cloud Custodian: integer and boolean values other than `default` are read as JSON. */
export function recast(value: string, dataType: string | undefined): unknown {
  if (value === 'default' || (dataType !== 'integer' && dataType !== 'boolean')) return value;
  try {
    return parseJsonData(value);
  } catch {
    return value;
  }
}

/** A parameter group's values by name (DescribeClusterParameters, every page). */
async function groupValues(ctx: EvalContext, group: string): Promise<Resource> {
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  const out: Resource = {};
  let marker: string | undefined;
  do {
    const page = await p.send(
      'redshift',
      'DescribeClusterParameters',
      { ParameterGroupName: group, ...(marker && { Marker: marker }) },
      region,
    );
    for (const prm of (page.Parameters ?? []) as Parameter[])
      if (prm.ParameterName && prm.ParameterValue !== undefined)
        out[prm.ParameterName] = recast(prm.ParameterValue, prm.DataType);
    marker = typeof page.Marker === 'string' && page.Marker ? page.Marker : undefined;
  } while (marker);
  return out;
}

const groupsOf = (c: Resource): string[] =>
  ((c.ClusterParameterGroups ?? []) as { ParameterGroupName?: string }[]).flatMap(
    (g) => g.ParameterGroupName ?? [],
  );

export default defineFilter({
  type: 'param',
  resources: ['aws.redshift'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['redshift:DescribeClusterParameters'],
  doc: {
    summary:
      "Redshift clusters by the values in their parameter groups: value filter options apply to the parameters by name (`key` is a parameter name; integer and boolean values typed). Each group is read once with DescribeClusterParameters; a cluster's groups are merged in order, as Cloud Custodian does.",
    example: '- type: param\n  key: require_ssl\n  value: false',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['ClusterParameterGroups'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ectx) {
        const values = new Map<string, Resource>();
        for (const g of new Set(rs.flatMap(groupsOf))) values.set(g, await groupValues(ectx, g));
        const merged = rs.map((c) => Object.assign({}, ...groupsOf(c).map((g) => values.get(g))) as Resource);
        const hits = await matcher(merged, ectx);
        return rs.filter((_c, i) => hits.has(merged[i] as Resource));
      },
    };
  },
});
