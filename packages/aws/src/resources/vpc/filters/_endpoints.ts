/**
 * Cloud Custodian's `vpc-endpoint` filter of VPCs and subnets (a RelatedResourceByIdFilter):
 * the region's VPC endpoints are listed, and a resource matches when one of the endpoints in it
 * (by the endpoint's `VpcId` or `SubnetIds`) matches the value filter options.
 */
import { compare, type FilterDecl, type Resource, type ValueOptions } from '@c7n-ts/core';
import { listRelated } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

const ANNOTATION = 'c7n:matched-vpc-endpoint';

export function endpointFilter(spec: {
  resource: string;
  /** The resource's own id field, which endpoints name. */
  idField: 'VpcId' | 'SubnetId';
  /** Endpoint field naming the resources it is in. */
  endpointField: 'VpcId' | 'SubnetIds';
  summary: string;
  example: string;
}): FilterDecl<any, any> {
  return {
    kind: 'filter',
    type: 'vpc-endpoint',
    resources: [spec.resource],
    options: { type: 'object', additionalProperties: false, properties: valueProperties },
    permissions: ['ec2:DescribeVpcEndpoints'],
    doc: { summary: spec.summary, example: spec.example },
    messages: valueMessages,
    check: (opts: Record<string, unknown>) => checkEmbeddedValue(opts),
    reads: () => [spec.idField],
    compile(opts: Record<string, unknown>, ctx) {
      const valueOpts: ValueOptions = valueOptionsOf(opts);
      const matcher = compileItemMatcher(valueOpts, ctx.baseDir);
      return {
        kind: 'process',
        async process(rs: Resource[], ectx) {
          const within = new Map<string, Resource[]>();
          for (const e of await listRelated(ectx, 'aws.vpc-endpoint')) {
            const named = e[spec.endpointField];
            for (const id of new Set(Array.isArray(named) ? named : [named]))
              if (typeof id === 'string') within.set(id, [...(within.get(id) ?? []), e]);
          }
          const out: Resource[] = [];
          for (const r of rs) {
            const id = r[spec.idField];
            const ids = typeof id === 'string' ? [id] : [];
            // c7n counts the resource's own id (its "related ids"), whatever the endpoints.
            const ok =
              valueOpts.value_type === 'resource_count'
                ? compare(valueOpts.op ?? 'eq', ids.length, valueOpts.value)
                : (
                    await Promise.all(
                      ids.map(async (i) => (await matcher(within.get(i) ?? [], ectx)).size > 0),
                    )
                  ).some(Boolean);
            if (!ok) continue;
            const prior = Array.isArray(r[ANNOTATION]) ? (r[ANNOTATION] as unknown[]) : [];
            r[ANNOTATION] = [...new Set([...prior, ...ids])];
            out.push(r);
          }
          return out;
        },
      };
    },
  };
}
