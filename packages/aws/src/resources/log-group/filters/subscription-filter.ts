import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

const ANNOTATION = 'c7n:SubscriptionFilters';

export default defineFilter({
  type: 'subscription-filter',
  resources: ['aws.log-group'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['logs:DescribeSubscriptionFilters'],
  doc: {
    summary:
      'Log groups by their subscription filters (DescribeSubscriptionFilters per group, appended to `c7n:SubscriptionFilters`): with no options, every group that has one; else a group one of whose filters passes the value filter options (`destinationArn`, `filterName`...).',
    example:
      '- type: subscription-filter\n  key: destinationArn\n  value: arn:aws:lambda:us-east-1:123456789012:function:forwarder',
  },
  messages: valueMessages,
  // As Cloud Custodian: the filter alone (no value options) asks only for a subscription.
  check: (opts) => (Object.keys(opts).length ? checkEmbeddedValue(opts) : []),
  reads: () => ['logGroupName', ANNOTATION],
  compile(opts, ctx) {
    const any = Object.keys(opts).length === 0;
    const matcher = any ? undefined : compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(groups, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const out: Resource[] = [];
        for (const g of groups) {
          const answer = await p.send(
            'logs',
            'DescribeSubscriptionFilters',
            { logGroupName: g.logGroupName },
            region,
          );
          const filters = (answer.subscriptionFilters ?? []) as Resource[];
          if (!filters.some((f) => f && Object.keys(f).length)) continue;
          // c7n appends to what an earlier evaluation left, duplicates included.
          const prior = Array.isArray(g[ANNOTATION]) ? (g[ANNOTATION] as Resource[]) : [];
          const all = [...prior, ...filters];
          g[ANNOTATION] = all;
          if (!matcher || (await matcher(all, ectx)).size > 0) out.push(g);
        }
        return out;
      },
    };
  },
});
