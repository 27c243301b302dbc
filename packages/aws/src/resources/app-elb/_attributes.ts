/**
 * Load balancer and target group attributes, read once per resource by the filters that need
 * them (Cloud Custodian's AttributeFilterBase mixins): ELBv2 answers `[{Key, Value}]` pairs of
 * strings, flattened into one object with Cloud Custodian's casts; classic ELB answers a
 * structure, kept as it is.
 */
import {
  compileValue,
  defineFilter,
  type EvalContext,
  type FilterDecl,
  type Resource,
  type ValueOptions,
} from '@c7n-ts/core';
import { providerOf, regionOf } from '../../common/filters/fetch-related.js';
import { checkEmbeddedValue, valueMessages, valueProperties } from '../../common/filters/value-over.js';
import { errorCode } from '../../query/errors.js';

/** c7n's parse_attribute_value: digits become integers, `true`/`false` booleans. */
export function parseAttributeValue(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  if (/^[0-9]+$/.test(v)) return Number.parseInt(v, 10);
  if (v === 'true') return true;
  if (v === 'false') return false;
  return v;
}

/** c7n's serialize_attribute_value, for modify actions. */
export function serializeAttributeValue(v: unknown): string {
  if (v === true) return 'true';
  if (v === false) return 'false';
  return String(v);
}

export interface AttributeSource {
  service: 'elb' | 'elbv2';
  operation: string;
  /** Request member naming the resource, and the resource field holding its value. */
  param: string;
  by: string;
  /** Where the attributes are kept on the resource. */
  annotation: string;
  /** Answer member holding them. */
  member: string;
  /** ELBv2's `[{Key, Value}]` pairs, flattened with c7n's casts. */
  pairs: boolean;
  /** Error codes meaning the resource is gone: it gets no attributes (c7n's ignore_err_codes). */
  gone?: readonly string[];
}

export const ALB_ATTRIBUTES: AttributeSource = {
  service: 'elbv2',
  operation: 'DescribeLoadBalancerAttributes',
  param: 'LoadBalancerArn',
  by: 'LoadBalancerArn',
  annotation: 'Attributes',
  member: 'Attributes',
  pairs: true,
};

export const TARGET_GROUP_ATTRIBUTES: AttributeSource = {
  service: 'elbv2',
  operation: 'DescribeTargetGroupAttributes',
  param: 'TargetGroupArn',
  by: 'TargetGroupArn',
  annotation: 'c7n:TargetGroupAttributes',
  member: 'Attributes',
  pairs: true,
  gone: ['TargetGroupNotFound', 'TargetGroupNotFoundException'],
};

export const ELB_ATTRIBUTES: AttributeSource = {
  service: 'elb',
  operation: 'DescribeLoadBalancerAttributes',
  param: 'LoadBalancerName',
  by: 'LoadBalancerName',
  annotation: 'Attributes',
  member: 'LoadBalancerAttributes',
  pairs: false,
};

/** Reads the attributes of the resources that have none yet, one call each, in order. */
export async function loadAttributes(
  resources: readonly Resource[],
  ctx: EvalContext,
  src: AttributeSource,
): Promise<void> {
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  for (const r of resources) {
    if (src.annotation in r) continue;
    let out: Record<string, unknown>;
    try {
      out = await p.send(src.service, src.operation, { [src.param]: r[src.by] }, region);
    } catch (e) {
      const code = errorCode(e);
      if (code !== undefined && src.gone?.includes(code)) {
        r[src.annotation] = {};
        continue;
      }
      throw e;
    }
    const answer = out[src.member];
    if (!src.pairs) {
      r[src.annotation] = answer ?? {};
      continue;
    }
    const flat: Record<string, unknown> = {};
    for (const pair of (answer ?? []) as { Key?: string; Value?: unknown }[])
      if (pair.Key !== undefined) flat[pair.Key] = parseAttributeValue(pair.Value);
    r[src.annotation] = flat;
  }
}

/** The `attributes` filter of a type: value filter options over its attributes. */
export function attributesFilter(
  resource: string,
  src: AttributeSource,
  example: string,
): FilterDecl<any, any> {
  return defineFilter({
    type: 'attributes',
    resources: [resource],
    options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
    permissions: [`elasticloadbalancing:${src.operation}`],
    doc: {
      summary: `Value filter options over the ${src.operation} answer (one call per resource, kept in ${src.annotation}${src.pairs ? "; values cast as Cloud Custodian does: digits to numbers, 'true'/'false' to booleans" : ''}).`,
      example,
    },
    messages: valueMessages,
    check: (opts) => checkEmbeddedValue(opts),
    reads: () => [src.by, src.annotation],
    compile(opts, ctx) {
      const ev = compileValue(opts as ValueOptions, ctx.baseDir);
      return {
        kind: 'process',
        async process(rs, ectx) {
          await loadAttributes(rs, ectx, src);
          const values = rs.map((r) => (r[src.annotation] ?? {}) as Resource);
          const hits =
            ev.kind === 'match'
              ? new Set(values.filter((v) => ev.match(v, ectx)))
              : new Set(await ev.process(values, ectx));
          return rs.filter((_, n) => hits.has(values[n] as Resource));
        },
      };
    },
  });
}
