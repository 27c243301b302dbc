import { defineFilter, type Resource } from '@c7n-ts/core';
import type { AwsProvider } from '../../../aws-provider.js';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { isServiceError } from '../../../query/errors.js';

type Json = Record<string, unknown>;
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/**
 * Buckets the region's classic load balancers write access logs to: every page of
 * DescribeLoadBalancers, then DescribeLoadBalancerAttributes per load balancer. As in Cloud
 * Custodian, one that cannot be read is logged and skipped.
 */
async function elbTargets(p: AwsProvider, region: string, warn: (m: string) => void): Promise<string[]> {
  const out: string[] = [];
  let Marker: string | undefined;
  do {
    const page = await p.send('elb', 'DescribeLoadBalancers', Marker ? { Marker } : {}, region);
    for (const lb of list(page.LoadBalancerDescriptions)) {
      const name = String(lb.LoadBalancerName);
      try {
        const attrs = await p.send(
          'elb',
          'DescribeLoadBalancerAttributes',
          { LoadBalancerName: name },
          region,
        );
        const log = (attrs.LoadBalancerAttributes as { AccessLog?: Json } | undefined)?.AccessLog;
        if (log?.Enabled && typeof log.S3BucketName === 'string') out.push(log.S3BucketName);
      } catch (e) {
        if (!isServiceError(e)) throw e;
        warn(`is-log-target: could not read load balancer ${name}: ${(e as Error).message}`);
      }
    }
    Marker = typeof page.NextMarker === 'string' && page.NextMarker ? page.NextMarker : undefined;
  } while (Marker);
  return out;
}

/** c7n's s3 source: each bucket's logging target (with `self`, only a bucket logging to itself), and `cf-templates-` buckets. */
export function s3Targets(buckets: readonly Resource[], self: boolean): string[] {
  const out: string[] = [];
  for (const b of buckets) {
    const logging = b.Logging as { TargetBucket?: unknown } | null | undefined;
    if (logging && typeof logging === 'object' && Object.keys(logging).length > 0) {
      if (!self || b.Name === logging.TargetBucket) out.push(String(logging.TargetBucket));
    }
    if (!self && String(b.Name).startsWith('cf-templates-')) out.push(String(b.Name));
  }
  return out;
}

export default defineFilter({
  type: 'is-log-target',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      services: {
        type: 'array',
        items: { enum: ['s3', 'elb', 'cloudtrail'] },
        description:
          'Log sources to look at; default all three (classic ELB access logs, S3 access logs, CloudTrail trails).',
      },
      self: {
        type: 'boolean',
        description:
          'Only buckets that receive their own access logs (the s3 source alone; elb and cloudtrail are skipped).',
      },
      value: {
        type: 'boolean',
        description: 'true (the default): buckets that are log targets; false: buckets that are not.',
      },
    },
  } as const,
  permissions: [
    'cloudtrail:DescribeTrails',
    'elasticloadbalancing:DescribeLoadBalancerAttributes',
    'elasticloadbalancing:DescribeLoadBalancers',
  ],
  doc: {
    summary:
      "Buckets that receive logs, as Cloud Custodian's is-log-target: classic load balancers' access logs (DescribeLoadBalancers, then DescribeLoadBalancerAttributes each), the policy's buckets' own access logging (fetched with the bucket) and `cf-templates-` buckets, and CloudTrail trails (DescribeTrails) in the policy's region. Like Cloud Custodian, it reads classic load balancers only, not ALB logs.",
    example: '- type: is-log-target\n  services: [s3, cloudtrail]\n  value: false',
  },
  reads: (opts) =>
    (opts.services ?? ['elb', 's3', 'cloudtrail']).includes('s3') ? ['Name', 'Logging'] : ['Name'],
  compile(opts) {
    const services = opts.services ?? ['elb', 's3', 'cloudtrail'];
    const self = opts.self ?? false;
    const want = opts.value ?? true;
    return {
      kind: 'process',
      async process(buckets, ctx) {
        const p = providerOf(ctx);
        const region = regionOf(ctx, p);
        const targets = new Set<string>();
        const warn = (m: string) => ctx.log?.('warn', m);
        if (services.includes('elb') && !self)
          for (const t of await elbTargets(p, region, warn)) targets.add(t);
        if (services.includes('s3')) for (const t of s3Targets(buckets, self)) targets.add(t);
        if (services.includes('cloudtrail') && !self) {
          const names = new Set(buckets.map((b) => String(b.Name)));
          const out = await p.send('cloudtrail', 'DescribeTrails', {}, region);
          for (const t of list(out.trailList))
            if (typeof t.S3BucketName === 'string' && names.has(t.S3BucketName)) targets.add(t.S3BucketName);
        }
        return buckets.filter((b) => targets.has(String(b.Name)) === want);
      },
    };
  },
});
