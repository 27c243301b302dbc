import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { accessPolicyOf, MATCHED_IPS, sourceIpsOf, statementsOf } from './_source-ips.js';

export default defineFilter({
  type: 'source-ip',
  resources: ['aws.elasticsearch'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['es:DescribeElasticsearchDomainConfig'],
  doc: {
    summary:
      "Domains whose access policy allows a source IP passing the value filter options: each `aws:SourceIp` of an Allow statement's `IpAddress` condition is tried as `{SourceIp: ip}` (`key` defaults to `SourceIp`); those matching are kept in `c7n:MatchedSourceIps`.",
    example:
      "- type: source-ip\n  op: not-in\n  value_type: cidr\n  value: ['103.15.250.0/24', '173.240.160.0/21']",
  },
  messages: valueMessages,
  // `key` defaults to SourceIp.
  check: (opts) => checkEmbeddedValue({ key: 'SourceIp', ...opts }),
  reads: () => ['AccessPolicies', MATCHED_IPS],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(
      { key: 'SourceIp', ...valueOptionsOf(opts) } as ValueOptions,
      ctx.baseDir,
    );
    return {
      kind: 'process',
      async process(domains, ectx) {
        const out: Resource[] = [];
        for (const d of domains) {
          const ips: Resource[] = statementsOf(accessPolicyOf(d))
            .flatMap(sourceIpsOf)
            .map((SourceIp) => ({ SourceIp }));
          const hits = await matcher(ips, ectx);
          if (!hits.size) continue;
          d[MATCHED_IPS] = ips.filter((ip) => hits.has(ip));
          out.push(d);
        }
        return out;
      },
    };
  },
});
