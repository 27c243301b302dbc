import { defineFilter, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

const OPTION_KEYS = ['domain-name', 'domain-name-servers', 'ntp-servers'] as const;
const ANNOTATION = 'c7n:DhcpConfiguration';

const optionValue = (what: string) =>
  ({
    oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }],
    description: `${what}: a string that must be among the values, or a list the values must equal (any order). \`amazon\` stands for the Amazon-provided DNS servers.`,
  }) as const;

/** AmazonProvidedDNS, 169.254.169.253 and the base + 2 address of each associated CIDR block. */
function amazonDns(vpc: Resource): string[] {
  const out = ['AmazonProvidedDNS', '169.254.169.253'];
  const plus2 = (cidr: unknown) => {
    const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(String(cidr));
    if (!m) return;
    const bits = Number(m[5]);
    const ip = m.slice(1, 5).reduce((a, o) => a * 256 + Number(o), 0);
    const base = bits === 0 ? 0 : Math.floor(ip / 2 ** (32 - bits)) * 2 ** (32 - bits);
    const v = base + 2;
    out.push([24, 16, 8, 0].map((s) => Math.floor(v / 2 ** s) % 256).join('.'));
  };
  if (vpc.CidrBlock) plus2(vpc.CidrBlock);
  for (const a of (vpc.CidrBlockAssociationSet as Resource[] | undefined) ?? [])
    if ((a.CidrBlockState as { State?: string } | undefined)?.State === 'associated') plus2(a.CidrBlock);
  return out;
}

export default defineFilter({
  type: 'dhcp-options',
  resources: ['aws.vpc'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'domain-name': optionValue('Domain name'),
      'domain-name-servers': optionValue('DNS servers'),
      'ntp-servers': optionValue('NTP servers'),
      present: { type: 'boolean', description: 'False: the VPCs whose options do not match.' },
      'match-operator': {
        enum: ['all', 'any'],
        description: 'With `amazon`: any (default), one server is Amazon-provided; all, every one is.',
      },
    },
  } as const,
  permissions: ['ec2:DescribeDhcpOptions'],
  doc: {
    summary:
      "VPCs by their DHCP option set (one DescribeDhcpOptions for all, kept in c7n:DhcpConfiguration). Each option given is checked in turn as Cloud Custodian checks it: a string must be among the option's values, a list must equal them, and `amazon` stands for the Amazon-provided DNS servers.",
    example: '- type: dhcp-options\n  domain-name: ec2.internal',
  },
  messages: { 'needs-option': 'dhcp-options needs one of domain-name, domain-name-servers or ntp-servers.' },
  check(opts) {
    return OPTION_KEYS.some((k) => opts[k])
      ? []
      : [
          {
            messageId: 'needs-option',
            message: 'dhcp-options needs one of domain-name, domain-name-servers or ntp-servers.',
          },
        ];
  },
  reads: () => ['DhcpOptionsId', 'CidrBlock', 'CidrBlockAssociationSet'],
  compile: (opts) => ({
    kind: 'process',
    async process(vpcs, ctx) {
      const p = providerOf(ctx);
      const out = await p.send(
        'ec2',
        'DescribeDhcpOptions',
        { Filters: [{ Name: 'dhcp-options-id', Values: vpcs.map((v) => v.DhcpOptionsId) }] },
        regionOf(ctx, p),
      );
      const byId = new Map<string, Record<string, string[]>>();
      for (const o of (out.DhcpOptions as Resource[] | undefined) ?? [])
        byId.set(
          String(o.DhcpOptionsId),
          Object.fromEntries(
            (
              (o.DhcpConfigurations as { Key?: string; Values?: { Value?: string }[] }[] | undefined) ?? []
            ).map((c) => [String(c.Key), (c.Values ?? []).map((v) => String(v.Value))]),
          ),
        );
      const all = opts['match-operator'] === 'all';
      return vpcs.filter((vpc) => {
        const dhcp = byId.get(String(vpc.DhcpOptionsId)) ?? {};
        vpc[ANNOTATION] = dhcp;
        // Each option sets the outcome in turn, a later one overriding an earlier, as in c7n.
        let found = true;
        for (const k of OPTION_KEYS) {
          if (!(k in opts)) continue;
          const expected = opts[k] as string | string[];
          const actual = dhcp[k];
          if (!actual) found = false;
          else if (expected === 'amazon') {
            const amazon = amazonDns(vpc);
            found = all ? actual.every((v) => amazon.includes(v)) : actual.some((v) => amazon.includes(v));
          } else if (Array.isArray(expected)) {
            const want = expected.includes('amazon')
              ? [...amazonDns(vpc), ...expected.filter((v) => v !== 'amazon')]
              : expected;
            found = JSON.stringify([...actual].sort()) === JSON.stringify([...want].sort());
          } else if (!actual.includes(expected)) found = false;
        }
        return opts.present === false ? !found : found;
      });
    },
  }),
});
