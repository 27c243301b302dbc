import { defineFilter, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

const ANNOTATION = 'c7n:mismatched-s3-origin';
// Cloud Custodian's patterns: the bucket before `.s3[-region].amazonaws.com`, or an S3 website/REST
// host whose bucket is the origin path.
const S3_PREFIX = /^.*(?=\.s3(-.*)?(\..*-\d)?\.amazonaws.com)/;
const S3_SUFFIX = /^([^.]+\.)?s3(-.*)?(\..*-\d)?\.amazonaws.com/;

type Origin = {
  DomainName?: string;
  OriginPath?: string;
  S3OriginConfig?: unknown;
  CustomOriginConfig?: unknown;
};

function customOriginBucket(o: Origin): string | undefined {
  const domain = o.DomainName ?? '';
  const prefix = S3_PREFIX.exec(domain);
  if (prefix) return prefix[0];
  if (S3_SUFFIX.test(domain)) return (o.OriginPath ?? '').replace(/^\//, '');
  return undefined;
}

export default defineFilter({
  type: 'mismatch-s3-origin',
  resources: ['aws.distribution'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      check_custom_origins: {
        type: 'boolean',
        description:
          'Also check custom origins whose domain is an S3 endpoint (the bucket from the domain or the origin path).',
      },
    },
  } as const,
  permissions: ['s3:ListAllMyBuckets'],
  doc: {
    summary:
      "Distributions with an S3 origin whose bucket is not in this account (ListBuckets once): the missing buckets are listed in `c7n:mismatched-s3-origin`. As in Cloud Custodian, an origin that names no bucket counts as the previous origin's bucket.",
    example: '- type: mismatch-s3-origin\n  check_custom_origins: true',
  },
  reads: () => ['Origins'],
  compile(opts) {
    return {
      kind: 'process',
      async process(distributions, ctx) {
        const p = providerOf(ctx);
        const out = await p.send('s3', 'ListBuckets', {}, regionOf(ctx, p));
        const buckets = new Set(((out.Buckets ?? []) as { Name?: string }[]).map((b) => b.Name));
        const matched: Resource[] = [];
        // c7n keeps the last bucket found across origins (and distributions); so do we.
        let target: string | undefined;
        for (const d of distributions) {
          const missing: string[] = [];
          for (const o of ((d.Origins as { Items?: Origin[] } | undefined)?.Items ?? []) as Origin[]) {
            if ('S3OriginConfig' in o) {
              const m = S3_PREFIX.exec(o.DomainName ?? '');
              if (m) target = m[0];
            } else if ('CustomOriginConfig' in o && opts.check_custom_origins) target = customOriginBucket(o);
            if (target !== undefined && !buckets.has(target)) missing.push(target);
          }
          d[ANNOTATION] = missing;
          if (missing.length) matched.push(d);
        }
        return matched;
      },
    };
  },
});
