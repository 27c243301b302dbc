import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

const ANNOTATION = 'c7n:TrailEventSelectors';

/** The region an ARN names (a trail's home region). */
const regionOfArn = (arn: unknown): string | undefined => String(arn).split(':')[3] || undefined;

export default defineFilter({
  type: 'event-selectors',
  resources: ['aws.cloudtrail'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['cloudtrail:GetEventSelectors'],
  doc: {
    summary:
      "Trails by their event selectors: value filter options apply to the GetEventSelectors answer (`EventSelectors`, `AdvancedEventSelectors`), asked in the trail's home region and kept in `c7n:TrailEventSelectors`.",
    example:
      '- type: event-selectors\n  key: EventSelectors[].IncludeManagementEvents\n  op: contains\n  value: true',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['TrailARN', ANNOTATION],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(trails, ectx) {
        const p = providerOf(ectx);
        for (const t of trails) {
          if (ANNOTATION in t) continue;
          const out = {
            ...(await p.send(
              'cloudtrail',
              'GetEventSelectors',
              { TrailName: t.TrailARN },
              regionOfArn(t.TrailARN) ?? regionOf(ectx, p),
            )),
          };
          delete out.$metadata;
          delete out.ResponseMetadata;
          t[ANNOTATION] = out;
        }
        const values = trails.map((t) => (t[ANNOTATION] ?? {}) as Resource);
        const hits = await matcher(values, ectx);
        return trails.filter((_, n) => hits.has(values[n] as Resource));
      },
    };
  },
});
