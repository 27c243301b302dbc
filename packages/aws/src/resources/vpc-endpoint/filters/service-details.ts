import { defineFilter, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { errorCode } from '../../../query/errors.js';

const ANNOTATION = 'c7n:ServiceDetails';

export default defineFilter({
  type: 'service-details',
  resources: ['aws.vpc-endpoint'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['ec2:DescribeVpcEndpointServices'],
  doc: {
    summary:
      'VPC endpoints by the details of the service they connect to (DescribeVpcEndpointServices, one call per service region with every service name; when a name is invalid, one call per name, skipping the invalid ones). The details are kept in c7n:ServiceDetails and value filter options apply to them.',
    example: '- type: service-details\n  key: VpcEndpointPolicySupported\n  value: true',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts as Record<string, unknown>),
  reads: () => ['ServiceName', 'ServiceRegion'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts as Record<string, unknown>), ctx.baseDir);
    return {
      kind: 'process',
      async process(endpoints, ectx) {
        const p = providerOf(ectx);
        const current = regionOf(ectx, p);
        // Endpoints of services in another region name it in ServiceRegion (older ones do not).
        const byRegion = new Map<string, Set<string>>();
        for (const e of endpoints) {
          const region = typeof e.ServiceRegion === 'string' ? e.ServiceRegion : current;
          byRegion.set(region, (byRegion.get(region) ?? new Set()).add(String(e.ServiceName)));
        }
        const details = new Map<string, Resource>();
        const describe = async (region: string, names: string[]) => {
          const out = await p.send('ec2', 'DescribeVpcEndpointServices', { ServiceNames: names }, region);
          for (const d of (out.ServiceDetails as Resource[] | undefined) ?? [])
            details.set(String(d.ServiceName), d);
        };
        for (const [region, set] of byRegion) {
          const names = [...set].sort();
          try {
            await describe(region, names);
          } catch (e) {
            if (errorCode(e) !== 'InvalidServiceName') throw e;
            for (const name of names)
              try {
                await describe(region, [name]);
              } catch (e2) {
                if (errorCode(e2) !== 'InvalidServiceName') throw e2;
                ectx.log?.('warn', `Error describing VPC endpoint service ${name}: ${(e2 as Error).message}`);
              }
          }
        }
        const annotated = endpoints.map((e) => {
          e[ANNOTATION] = details.get(String(e.ServiceName)) ?? {};
          return e[ANNOTATION] as Resource;
        });
        const hits = await matcher(annotated, ectx);
        return endpoints.filter((_e, i) => hits.has(annotated[i] as Resource));
      },
    };
  },
});
