import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { allPages } from './_per-run.js';

/** Where a matched instance keeps its engine version's description, as Cloud Custodian. */
export const ENGINE = 'c7n:Engine';

export default defineFilter({
  type: 'engine',
  resources: ['aws.rds'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['rds:DescribeDBEngineVersions'],
  doc: {
    summary:
      "DB instances by their engine version's metadata: value filter options apply to the DescribeDBEngineVersions entry of the instance's Engine and EngineVersion (`Status`, `SupportedFeatureNames`...). One paged call, filtered by the engines and versions in use, deprecated versions included; a matched instance gets the entry under `c7n:Engine`.",
    example: '- type: engine\n  key: Status\n  value: deprecated',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['Engine', 'EngineVersion', ENGINE],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ectx) {
        if (rs.length === 0) return [];
        const engines = [...new Set(rs.map((r) => String(r.Engine)))];
        const versions = [...new Set(rs.map((r) => String(r.EngineVersion)))];
        const found = await allPages<Resource>(
          ectx,
          'DescribeDBEngineVersions',
          {
            Filters: [
              { Name: 'engine', Values: engines },
              { Name: 'engine-version', Values: versions },
            ],
            IncludeAll: true,
          },
          'DBEngineVersions',
        );
        const byVersion = new Map(found.map((e) => [`${String(e.Engine)} ${String(e.EngineVersion)}`, e]));
        const entryOf = (r: Resource) => byVersion.get(`${String(r.Engine)} ${String(r.EngineVersion)}`);
        const hits = await matcher(
          [...new Set(rs.map(entryOf).filter((e): e is Resource => e !== undefined))],
          ectx,
        );
        return rs.filter((r) => {
          const entry = entryOf(r);
          // c7n fails the policy on a version AWS does not describe; that instance just doesn't match.
          if (!entry || !hits.has(entry)) return false;
          r[ENGINE] = entry;
          return true;
        });
      },
    };
  },
});
