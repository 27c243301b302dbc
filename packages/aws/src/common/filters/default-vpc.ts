/**
 * Cloud Custodian's DefaultVpcBase: one DescribeVpcs call (no parameters, not paged) names the
 * account's default VPC in a region; resources whose VPC is that one match.
 */
import { defineFilter, type EvalContext, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from './fetch-related.js';

/** Permissions of every `default-vpc` filter. */
export const DEFAULT_VPC_PERMISSIONS = ['ec2:DescribeVpcs'] as const;

/**
 * A lookup of the default VPC id per region for one compiled filter. Like c7n, a region found
 * to have no default VPC is asked again for the next resource (c7n only remembers an answer).
 */
export function defaultVpcLookup(): (ctx: EvalContext) => Promise<string | undefined> {
  const known = new Map<string, string>();
  return async (ctx) => {
    const p = providerOf(ctx);
    const region = regionOf(ctx, p);
    const hit = known.get(region);
    if (hit !== undefined) return hit;
    const out = await p.send('ec2', 'DescribeVpcs', {}, region);
    const vpcs = Array.isArray(out.Vpcs) ? (out.Vpcs as Record<string, unknown>[]) : [];
    // c7n takes the last default VPC listed (there is at most one per region).
    const id = vpcs
      .filter((v) => v.IsDefault === true)
      .map((v) => v.VpcId)
      .at(-1);
    if (typeof id !== 'string') return undefined;
    known.set(region, id);
    return id;
  };
}

export interface DefaultVpcSpec {
  type: string;
  /** What matches, for the doc: "Instances in", "Security groups of". */
  summary: string;
  reads: readonly string[];
  /** The resource's VPC id; undefined: it has none, does not match and costs no call. */
  vpcOf(r: Resource): unknown;
}

/** The `default-vpc` filter of one type (c7n's DefaultVpcBase subclasses). */
export function defaultVpcFilter(spec: DefaultVpcSpec) {
  return defineFilter({
    type: 'default-vpc',
    pure: true,
    resources: [spec.type],
    options: { type: 'object', additionalProperties: false, properties: {} } as const,
    permissions: DEFAULT_VPC_PERMISSIONS,
    doc: {
      summary: `${spec.summary} the region's default VPC (found with one DescribeVpcs call).`,
      example: '- type: default-vpc',
    },
    reads: () => [...spec.reads],
    compile() {
      const defaultVpc = defaultVpcLookup();
      return {
        kind: 'process',
        async process(rs, ectx) {
          const out: Resource[] = [];
          for (const r of rs) {
            const vpc = spec.vpcOf(r);
            if (vpc === undefined) continue;
            if (vpc === (await defaultVpc(ectx))) out.push(r);
          }
          return out;
        },
      };
    },
  });
}

/** A VPC id field read as a string; empty or absent is no VPC (EC2-Classic). */
export const vpcField =
  (field: string) =>
  (r: Resource): string | undefined =>
    typeof r[field] === 'string' && r[field] !== '' ? (r[field] as string) : undefined;
