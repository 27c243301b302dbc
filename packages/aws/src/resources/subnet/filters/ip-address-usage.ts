import { defineFilter, type Resource } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

const ANNOTATION = 'c7n:IpAddressUsage';
/** Addresses AWS reserves in every subnet. */
const RESERVED = 5;

/** MaxAvailable, NumberUsed and PercentUsed of a subnet's primary IPv4 block. */
function usage(subnet: Resource): Record<string, number> | undefined {
  const m = /\/(\d+)$/.exec(String(subnet.CidrBlock ?? ''));
  if (!m) return undefined;
  const max = 2 ** (32 - Number(m[1])) - RESERVED;
  const used = max - Number(subnet.AvailableIpAddressCount ?? 0);
  return { MaxAvailable: max, NumberUsed: used, PercentUsed: Math.round((used / max) * 100 * 100) / 100 };
}

export default defineFilter({
  type: 'ip-address-usage',
  resources: ['aws.subnet'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...valueProperties,
      key: {
        enum: ['MaxAvailable', 'NumberUsed', 'PercentUsed'],
        description:
          'MaxAvailable: addresses of the CIDR block less the 5 AWS reserves; NumberUsed: MaxAvailable less AvailableIpAddressCount; PercentUsed: NumberUsed over MaxAvailable, in percent (2 decimals).',
      },
    },
  } as const,
  permissions: [],
  doc: {
    summary:
      'Subnets by their IPv4 address usage, worked out from the describe output (CidrBlock, AvailableIpAddressCount) and kept in c7n:IpAddressUsage; value filter options apply to it.',
    example: '- type: ip-address-usage\n  key: PercentUsed\n  op: greater-than\n  value: 90',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts as Record<string, unknown>),
  reads: () => ['CidrBlock', 'AvailableIpAddressCount', ANNOTATION],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts as Record<string, unknown>), ctx.baseDir);
    return {
      kind: 'process',
      async process(subnets, ectx) {
        const annotated: Resource[] = [];
        for (const s of subnets) {
          if (!(ANNOTATION in s)) {
            const u = usage(s);
            if (u) s[ANNOTATION] = u;
          }
          annotated.push((s[ANNOTATION] as Resource | undefined) ?? {});
        }
        const hits = await matcher(annotated, ectx);
        return subnets.filter((_s, i) => hits.has(annotated[i] as Resource));
      },
    };
  },
});
