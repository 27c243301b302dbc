import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

const ANNOTATION = 'c7n:ConfigRetentionConfigs';

/**
 * Cloud Custodian's config-recorder retention: one DescribeRetentionConfigurations (a region has
 * at most one), its first configuration (`{}` when none) kept on every recorder and tested by
 * the value filter options.
 */
export default defineFilter({
  type: 'retention',
  resources: ['aws.config-recorder'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['config:DescribeRetentionConfigurations'],
  doc: {
    summary:
      "Recorders by the region's AWS Config retention configuration (DescribeRetentionConfigurations, kept in `c7n:ConfigRetentionConfigs`, `{}` when there is none), which the value filter options test.",
    example: '- type: retention\n  key: RetentionPeriodInDays\n  value: 30',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => [],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(recorders, ectx) {
        if (!recorders.length) return [];
        const p = providerOf(ectx);
        const out = await p.send('config', 'DescribeRetentionConfigurations', {}, regionOf(ectx, p));
        const config = ((out.RetentionConfigurations ?? []) as Resource[])[0] ?? {};
        for (const r of recorders) r[ANNOTATION] = config;
        const configs = recorders.map((r) => r[ANNOTATION] as Resource);
        const hits = await matcher(configs, ectx);
        return recorders.filter((_, i) => hits.has(configs[i] as Resource));
      },
    };
  },
});
