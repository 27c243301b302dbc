import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { valueProperties } from '../../../common/filters/value-over.js';

const ANNOTATION = 'c7n:lake-cross-account-s3';

/** The resource part of an ARN as c7n's `Arn.parse` reads it: for S3, all after the fifth colon (`bucket/prefix`). */
export function arnResource(arn: string): string {
  const parts = arn.split(':');
  const last = parts.slice(5).join(':');
  if (parts[2] === 's3' || parts.length < 6) return last;
  const slash = last.indexOf('/');
  if (slash >= 0) return last.slice(slash + 1);
  const colon = last.indexOf(':');
  return colon >= 0 ? last.slice(colon + 1) : last;
}

export default defineFilter({
  type: 'lakeformation-s3-cross-account',
  resources: ['aws.account'],
  // Cloud Custodian's schema takes the value filter's options and does nothing with them.
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['lakeformation:ListResources', 's3:ListAllMyBuckets'],
  doc: {
    summary:
      "Accounts whose Lake Formation data locations (ListResources) include S3 locations that are not this account's buckets (ListBuckets), kept in `c7n:lake-cross-account-s3`. As Cloud Custodian, a location under a prefix (`bucket/path`) never equals a bucket name, so it counts as cross-account.",
    example: '- type: lakeformation-s3-cross-account',
  },
  messages: {
    ignored: 'Cloud Custodian ignores the value filter options of lakeformation-s3-cross-account.',
  },
  check(opts) {
    const given = Object.keys(opts).filter((k) => k !== 'type');
    return given.map((k) => ({
      messageId: 'ignored',
      message: `"${k}" is accepted as Cloud Custodian does, and ignored as it does.`,
      path: [k],
      at: 'key' as const,
      severity: 'warning' as const,
    }));
  },
  reads: () => [ANNOTATION],
  compile() {
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const out = [];
        for (const a of accounts) {
          const listed = await p.send('lakeformation', 'ListResources', {}, region);
          const infos = (listed.ResourceInfoList as { ResourceArn?: string }[] | undefined) ?? [];
          const lake = new Set(infos.flatMap((i) => (i.ResourceArn ? [arnResource(i.ResourceArn)] : [])));
          const buckets = new Set<string>();
          let token: string | undefined;
          do {
            const page = await p.send('s3', 'ListBuckets', token ? { ContinuationToken: token } : {}, region);
            for (const b of (page.Buckets as { Name?: string }[] | undefined) ?? [])
              if (b.Name) buckets.add(b.Name);
            token = page.ContinuationToken as string | undefined;
          } while (token);
          const crossAccount = [...lake].filter((l) => !buckets.has(l));
          if (!crossAccount.length) continue;
          a[ANNOTATION] = crossAccount;
          out.push(a);
        }
        return out;
      },
    };
  },
});
