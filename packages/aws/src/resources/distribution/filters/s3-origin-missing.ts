/**
 * c7n-ts's own filter (Cloud Custodian has none): a CloudFront origin on an S3 endpoint whose
 * bucket no longer exists lets anyone create that bucket and serve content under the
 * distribution's domain (subdomain takeover). Only origins whose domain is an S3 endpoint are
 * looked at: an ALB, MediaStore or custom domain origin is never reported (issue 15).
 */
import { defineFilter, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { errorCode, isServiceError } from '../../../query/errors.js';

const ANNOTATION = 'c7n:missing-s3-origins';

/**
 * The S3 endpoint forms an origin domain takes (bucket names may hold dots, so the bucket is
 * everything before the endpoint): `.s3.amazonaws.com`, `.s3.<region>.`, the legacy
 * `.s3-<region>.`, and the website endpoints `.s3-website-<region>.` and `.s3-website.<region>.`.
 */
const S3_ENDPOINT =
  /^(?<bucket>[a-z0-9][a-z0-9.-]*[a-z0-9])\.s3(?:-website)?(?:[.-](?<region>[a-z]{2}(?:-[a-z]+)+-\d+))?\.amazonaws\.com\.?$/;

/** The bucket an origin domain names, or undefined when the domain is not an S3 endpoint. */
export function originBucket(domain: string): string | undefined {
  const m = S3_ENDPOINT.exec(domain.toLowerCase());
  // `bucket.s3-website.amazonaws.com` (a website endpoint without its region) does not exist.
  if (!m?.groups || (domain.toLowerCase().includes('.s3-website') && !m.groups.region)) return undefined;
  return m.groups.bucket;
}

/** 404 from HeadBucket: no bucket of that name in any account. */
const GONE = new Set(['NotFound', 'NoSuchBucket', '404']);

export default defineFilter({
  type: 's3-origin-missing',
  resources: ['aws.distribution'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['s3:ListAllMyBuckets', 's3:ListBucket'],
  doc: {
    summary:
      "c7n-ts's own filter (not in Cloud Custodian): distributions with an origin on an S3 endpoint (`<bucket>.s3.amazonaws.com`, `<bucket>.s3.<region>.amazonaws.com`, `<bucket>.s3-<region>.amazonaws.com`, `<bucket>.s3-website-<region>.amazonaws.com`, `<bucket>.s3-website.<region>.amazonaws.com`) whose bucket no longer exists, which anyone could create to serve content under the distribution's domain. Buckets of the account come from one ListBuckets; for each other bucket one HeadBucket decides: 404 (NotFound) is missing, any other answer (403: the bucket belongs to another account; 301: another region) means it exists and is not reported (see `mismatch-s3-origin` for buckets of other accounts). Origins that are not S3 endpoints are never reported. The missing buckets are listed in `c7n:missing-s3-origins`.",
    example: '- type: s3-origin-missing',
  },
  reads: () => ['Origins'],
  compile: () => ({
    kind: 'process',
    async process(distributions: Resource[], ctx) {
      const p = awsProvider(ctx);
      const region = ctx.region ?? p.regions[0] ?? p.clients.defaultRegion;
      const origins = new Map<Resource, string[]>();
      for (const d of distributions) {
        const items = ((d.Origins as { Items?: { DomainName?: string }[] } | undefined)?.Items ?? []).flatMap(
          (o) => originBucket(o.DomainName ?? '') ?? [],
        );
        if (items.length) origins.set(d, [...new Set(items)]);
      }
      if (origins.size === 0) return [];
      const listed = await p.send('s3', 'ListBuckets', {}, region);
      const owned = new Set(((listed.Buckets ?? []) as { Name?: string }[]).map((b) => b.Name));
      const gone = new Set<string>();
      // One HeadBucket per bucket the account does not own, in a fixed order (replay counts calls).
      for (const bucket of [...new Set([...origins.values()].flat())].sort()) {
        if (owned.has(bucket)) continue;
        try {
          await p.send('s3', 'HeadBucket', { Bucket: bucket }, region);
        } catch (e) {
          if (!isServiceError(e)) throw e;
          const code = errorCode(e) ?? '';
          if (GONE.has(code) || e.$metadata?.httpStatusCode === 404) gone.add(bucket);
          else
            ctx.log?.('info', `origin bucket ${bucket} exists outside this account (${code})`, {
              bucket,
              code,
            });
        }
      }
      const matched: Resource[] = [];
      for (const [d, buckets] of origins) {
        const missing = buckets.filter((b) => gone.has(b));
        if (!missing.length) continue;
        d[ANNOTATION] = missing;
        matched.push(d);
      }
      return matched;
    },
  }),
});
