import {
  defineFilter,
  type EvalContext,
  jmespathSearch,
  type Resource,
  type ValueOptions,
} from '@c7n-ts/core';
import {
  appendAnnotation,
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { allPages, oncePerRun } from './_per-run.js';

/** Where a matched instance records the group name and the value its key selected. */
export const MATCHED_OPTION_GROUPS = 'c7n:MatchedDBOptionGroups';

/** An option group as DescribeOptionGroups gives it (the last one when several come back, as c7n). */
function optionGroup(ctx: EvalContext, name: string): Promise<Resource> {
  return oncePerRun(ctx, `rds-og:${name}`, async () => {
    const groups = await allPages<Resource>(
      ctx,
      'DescribeOptionGroups',
      { OptionGroupName: name },
      'OptionGroupsList',
    );
    return groups.at(-1) ?? {};
  });
}

const groupsOf = (db: Resource): string[] =>
  ((db.OptionGroupMemberships ?? []) as { OptionGroupName?: string }[]).flatMap(
    (g) => g.OptionGroupName ?? [],
  );

export default defineFilter({
  type: 'db-option-groups',
  resources: ['aws.rds'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['rds:DescribeDBInstances', 'rds:DescribeOptionGroups'],
  doc: {
    summary:
      "DB instances by their option groups: value filter options apply to the option group as DescribeOptionGroups describes it (`Options[].OptionName`, `Options[].OptionSettings`...). Each group is read once per run; a matched instance records the group name and the key's value under `c7n:MatchedDBOptionGroups`.",
    example:
      '- type: db-option-groups\n  key: Options[].OptionName\n  op: intersect\n  value:\n    - SSL\n    - NATIVE_NETWORK_ENCRYPTION',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['OptionGroupMemberships', MATCHED_OPTION_GROUPS],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    const key = typeof opts.key === 'string' ? opts.key : undefined;
    return {
      kind: 'process',
      async process(rs, ectx) {
        // The first group of each instance, in order, as c7n reads them before matching.
        const groups = new Map<string, Resource>();
        for (const g of rs.flatMap((db) => groupsOf(db).slice(0, 1)))
          if (!groups.has(g)) groups.set(g, await optionGroup(ectx, g));
        // Later memberships (rare) are read when reached; c7n would fail on them.
        for (const g of rs.flatMap(groupsOf)) if (!groups.has(g)) groups.set(g, await optionGroup(ectx, g));
        const hits = await matcher([...new Set(groups.values())], ectx);
        return rs.filter((db) => {
          const og = groupsOf(db)
            .map((g) => groups.get(g) as Resource)
            .find((v) => hits.has(v));
          if (!og) return false;
          const note: Record<string, unknown> = { OptionGroupName: og.OptionGroupName ?? null };
          if (key) note[key] = jmespathSearch(key, og) ?? null;
          appendAnnotation(db, MATCHED_OPTION_GROUPS, note);
          return true;
        });
      },
    };
  },
});
