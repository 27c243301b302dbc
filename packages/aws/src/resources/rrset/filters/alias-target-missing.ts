/**
 * c7n-ts's own filter (Cloud Custodian has none): a Route 53 alias to a CloudFront domain that
 * is no distribution of the account is dangling; whoever creates a distribution with that name
 * as an alternate domain serves content under it (subdomain takeover, issue 15).
 */
import { defineFilter, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';

const ANNOTATION = 'c7n:alias-target-missing';

/** A DNS name as Route 53 and CloudFront spell it apart: lower case, no trailing dot. */
const dnsName = (name: string) => name.toLowerCase().replace(/\.$/, '');

export default defineFilter({
  type: 'alias-target-missing',
  resources: ['aws.rrset'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['cloudfront:ListDistributions'],
  doc: {
    summary:
      "c7n-ts's own filter (not in Cloud Custodian): alias records whose target (`AliasTarget.DNSName`) is a CloudFront domain (`*.cloudfront.net`) that is the domain of no distribution of the account (ListDistributions once, every page). Aliases to anything else (load balancers, S3 websites, other records) are not looked at. The target is copied to `c7n:alias-target-missing`.",
    example: '- type: alias-target-missing',
  },
  reads: () => ['AliasTarget'],
  compile: () => ({
    kind: 'process',
    async process(records: Resource[], ctx) {
      const targets = new Map<Resource, string>();
      for (const r of records) {
        const target = (r.AliasTarget as { DNSName?: string } | undefined)?.DNSName;
        if (target && dnsName(target).endsWith('.cloudfront.net')) targets.set(r, dnsName(target));
      }
      if (targets.size === 0) return [];
      const p = awsProvider(ctx);
      const region = ctx.region ?? p.regions[0] ?? p.clients.defaultRegion;
      const domains = new Set<string>();
      let marker: string | undefined;
      do {
        const out = await p.send('cloudfront', 'ListDistributions', marker ? { Marker: marker } : {}, region);
        const list = (out.DistributionList ?? {}) as {
          Items?: { DomainName?: string }[];
          IsTruncated?: boolean;
          NextMarker?: string;
        };
        for (const d of list.Items ?? []) if (d.DomainName) domains.add(dnsName(d.DomainName));
        marker = list.IsTruncated ? list.NextMarker : undefined;
      } while (marker);
      const matched: Resource[] = [];
      for (const [r, target] of targets) {
        if (domains.has(target)) continue;
        r[ANNOTATION] = target;
        matched.push(r);
      }
      return matched;
    },
  }),
});
