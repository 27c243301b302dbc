import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

/** Where a web ACL keeps its logging configuration (Cloud Custodian's key). */
export const LOGGING = 'c7n:WafV2LoggingConfiguration';
/** CloudFront web ACLs are global, managed through us-east-1. */
const CLOUDFRONT_REGION = 'us-east-1';

/** The policy's scope, as c7n's wafv2 manager reads it from `query`. */
function scopeOf(policy: Readonly<Record<string, unknown>> | undefined): string {
  const query = Array.isArray(policy?.query) ? (policy.query as Record<string, unknown>[]) : [];
  const given = query.find((q) => q && typeof q === 'object' && 'Scope' in q)?.Scope;
  return typeof given === 'string' ? given : 'REGIONAL';
}

export default defineFilter({
  type: 'logging',
  resources: ['aws.wafv2'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  // c7n names GetLoggingConfiguration; the call made is ListLoggingConfigurations.
  permissions: ['wafv2:GetLoggingConfiguration', 'wafv2:ListLoggingConfigurations'],
  doc: {
    summary:
      "Web ACLs by their logging configuration: one ListLoggingConfigurations call (`Scope: REGIONAL`, as Cloud Custodian asks even for CloudFront ACLs, in us-east-1 for those), each ACL's configuration kept under `c7n:WafV2LoggingConfiguration` (`{}` for none) and tested with the value filter options.",
    example: '- type: logging\n  key: ResourceArn\n  value: absent',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['ARN', LOGGING],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    const cloudfront = scopeOf(ctx.policy) === 'CLOUDFRONT';
    return {
      kind: 'process',
      async process(acls, ectx) {
        if (acls.length === 0) return [];
        const p = providerOf(ectx);
        const region = cloudfront ? CLOUDFRONT_REGION : regionOf(ectx, p);
        const out = await p.send('wafv2', 'ListLoggingConfigurations', { Scope: 'REGIONAL' }, region);
        const byArn = new Map<unknown, Resource>();
        for (const lc of (out.LoggingConfigurations ?? []) as Resource[]) byArn.set(lc.ResourceArn, lc);
        // c7n sets the annotation only where a configuration exists and tests {} elsewhere.
        const found = acls.map((a) => {
          const lc = byArn.get(a.ARN);
          if (lc) a[LOGGING] = lc;
          return (a[LOGGING] as Resource | undefined) ?? {};
        });
        const hits = await matcher(found, ectx);
        return acls.filter((_, i) => hits.has(found[i] as Resource));
      },
    };
  },
});
