import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

/** Where a matched group records the scaling policies that matched, as in c7n. */
const MATCHED = 'c7n:matched-policies';

export default defineFilter({
  type: 'scaling-policy',
  resources: ['aws.asg'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['autoscaling:DescribePolicies'],
  doc: {
    summary:
      "Auto Scaling groups having a scaling policy that the value filter options match: the region's policies are listed once (DescribePolicies) and the matching ones recorded in `c7n:matched-policies`. Groups without policies don't match.",
    example: '- type: scaling-policy\n  key: PolicyType\n  value: TargetTrackingScaling',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['AutoScalingGroupName', MATCHED],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(asgs, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const byGroup = new Map<string, Resource[]>();
        let token: unknown;
        do {
          const page = await p.send(
            'autoscaling',
            'DescribePolicies',
            token ? { NextToken: token } : {},
            region,
          );
          for (const policy of (page.ScalingPolicies ?? []) as Resource[]) {
            const name = String(policy.AutoScalingGroupName);
            byGroup.set(name, [...(byGroup.get(name) ?? []), policy]);
          }
          token = page.NextToken;
        } while (token);
        const hits = await matcher([...byGroup.values()].flat(), ectx);
        return asgs.filter((a) => {
          const matched = (byGroup.get(String(a.AutoScalingGroupName)) ?? []).filter((x) => hits.has(x));
          if (matched.length) a[MATCHED] = matched;
          return matched.length > 0;
        });
      },
    };
  },
});
