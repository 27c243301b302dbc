/**
 * c7n-ts's own filter (Cloud Custodian has none): an A record pointing at a public IP the account
 * used to hold as an Elastic IP and has released lets whoever is handed that address next serve
 * content under the record's name (subdomain takeover, issue 15).
 */
import { BlockList, isIPv4 } from 'node:net';
import { defineFilter, type Problem, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';

const ANNOTATION = 'c7n:ips-not-held';
/** Without `ranges`, the account's ranges are the /16 networks of the Elastic IPs it holds. */
const DERIVED_PREFIX = 16;

const cidrList = (what: string) =>
  ({
    type: 'array',
    items: { type: 'string', pattern: '^\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?$' },
    description: what,
  }) as const;

/** `a.b.c.d/n` (or a bare address, a /32) as an address and prefix; undefined when invalid. */
function parseCidr(cidr: string): { ip: string; prefix: number } | undefined {
  const [ip = '', bits] = cidr.split('/');
  const prefix = bits === undefined ? 32 : Number(bits);
  return isIPv4(ip) && prefix <= 32 ? { ip, prefix } : undefined;
}

function blockList(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const c of cidrs) {
    const parsed = parseCidr(c);
    if (parsed) list.addSubnet(parsed.ip, parsed.prefix, 'ipv4');
  }
  return list;
}

/** The IPv4 values of a plain (not alias) A record. */
function aValues(r: Resource): string[] {
  if (r.Type !== 'A' || r.AliasTarget) return [];
  return ((r.ResourceRecords ?? []) as { Value?: string }[]).flatMap((v) =>
    v.Value && isIPv4(v.Value) ? [v.Value] : [],
  );
}

export default defineFilter({
  type: 'ip-not-held',
  resources: ['aws.rrset'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ranges: cidrList(
        "IPv4 CIDRs the account's Elastic IPs come from (e.g. AWS's published EC2 ranges of its regions, or a BYOIP pool). Default: the /16 networks of the Elastic IPs the account holds now.",
      ),
      allow: cidrList(
        'IPv4 CIDRs never reported (internal or otherwise owned ranges), even inside `ranges`.',
      ),
    },
  } as const,
  permissions: ['ec2:DescribeAddresses'],
  messages: { 'invalid-cidr': 'a range that is not an IPv4 address or CIDR' },
  doc: {
    summary:
      "c7n-ts's own filter (not in Cloud Custodian): A records (not aliases) with a value in the account's Elastic IP ranges that no Elastic IP of the account holds (DescribeAddresses once in the policy's region), such as an address released while the record stayed. The ranges are `ranges`, or by default the /16 networks of the Elastic IPs the account holds (none held: nothing is reported); addresses in `allow` are never reported. Public IPs auto-assigned to instances are not Elastic IPs and are reported when in range: they change on stop and start. The addresses not held are listed in `c7n:ips-not-held`.",
    example: '- type: ip-not-held\n  ranges: [203.0.113.0/24, 198.51.100.0/24]\n  allow: [198.51.100.0/28]',
  },
  check(opts) {
    const problems: Problem[] = [];
    for (const key of ['ranges', 'allow'] as const)
      (opts[key] ?? []).forEach((cidr, i) => {
        if (!parseCidr(cidr))
          problems.push({
            messageId: 'invalid-cidr',
            message: `"${cidr}" is not an IPv4 address or CIDR`,
            path: [key, i],
          });
      });
    return problems;
  },
  reads: () => ['Type', 'AliasTarget', 'ResourceRecords'],
  compile(opts) {
    const allow = blockList(opts.allow ?? []);
    return {
      kind: 'process',
      async process(records: Resource[], ctx) {
        const candidates = new Map<Resource, string[]>();
        for (const r of records) {
          const ips = aValues(r).filter((ip) => !allow.check(ip, 'ipv4'));
          if (ips.length) candidates.set(r, ips);
        }
        if (candidates.size === 0) return [];
        const p = awsProvider(ctx);
        const region = ctx.region ?? p.regions[0] ?? p.clients.defaultRegion;
        const out = await p.send('ec2', 'DescribeAddresses', {}, region);
        const held = ((out.Addresses ?? []) as { PublicIp?: string }[]).flatMap((a) => a.PublicIp ?? []);
        const ranges = opts.ranges
          ? blockList(opts.ranges)
          : blockList(held.map((ip) => `${ip}/${DERIVED_PREFIX}`));
        const heldSet = new Set(held);
        const matched: Resource[] = [];
        for (const [r, ips] of candidates) {
          const notHeld = ips.filter((ip) => ranges.check(ip, 'ipv4') && !heldSet.has(ip));
          if (!notHeld.length) continue;
          r[ANNOTATION] = notHeld;
          matched.push(r);
        }
        return matched;
      },
    };
  },
});
