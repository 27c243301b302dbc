import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { errorCode } from '../../../query/errors.js';

/** Cloud Custodian's key for the configuration read per distribution. */
export const CONFIG_ANNOTATION = 'c7n:distribution-config';

export default defineFilter({
  type: 'distribution-config',
  resources: ['aws.distribution'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['cloudfront:GetDistributionConfig'],
  doc: {
    summary:
      'Distributions by their configuration: GetDistributionConfig per distribution not read yet (kept in `c7n:distribution-config`, `{}` for one deleted since the listing), which the value filter options test.',
    example: '- type: distribution-config\n  key: Logging.Enabled\n  value: false',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['Id'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(distributions, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        for (const d of distributions) {
          if (CONFIG_ANNOTATION in d) continue;
          try {
            const out = await p.send('cloudfront', 'GetDistributionConfig', { Id: d.Id }, region);
            d[CONFIG_ANNOTATION] = out.DistributionConfig ?? null;
          } catch (e) {
            if (errorCode(e) !== 'NoSuchDistribution') throw e;
            d[CONFIG_ANNOTATION] = {};
          }
        }
        const configs = distributions.map((d) => (d[CONFIG_ANNOTATION] ?? {}) as Resource);
        const hits = await matcher(configs, ectx);
        return distributions.filter((_, i) => hits.has(configs[i] as Resource));
      },
    };
  },
});
