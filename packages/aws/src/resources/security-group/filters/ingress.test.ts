import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import sgType from '../resource.js';
import ingress from './ingress.js';

const OWNER = '111122223333';
const rule = (p: Record<string, unknown>) => ({
  IpRanges: [],
  Ipv6Ranges: [],
  PrefixListIds: [],
  UserIdGroupPairs: [],
  ...p,
});
const group = (id: string, ...perms: Record<string, unknown>[]): Record<string, unknown> => ({
  GroupId: id,
  OwnerId: OWNER,
  VpcId: 'vpc-1',
  IpPermissions: perms.map(rule),
  IpPermissionsEgress: [],
});

const groups = [
  group('sg-ssh', { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }),
  group('sg-https', { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }),
  group('sg-all', { IpProtocol: '-1', IpRanges: [{ CidrIp: '10.42.1.0/24' }] }),
  group('sg-self', {
    IpProtocol: 'tcp',
    FromPort: 0,
    ToPort: 65535,
    UserIdGroupPairs: [{ GroupId: 'sg-self', UserId: OWNER }],
  }),
  group('sg-web6', {
    IpProtocol: 'tcp',
    FromPort: 8000,
    ToPort: 9000,
    Ipv6Ranges: [{ CidrIpv6: '::/0', Description: 'web' }],
  }),
];

testFilter(ingress, {
  resourceType: sgType,
  valid: [
    { Ports: [22], Cidr: '0.0.0.0/0' },
    { IpProtocol: '-1' },
    { FromPort: { op: 'lt', value: 1024 } },
    { 'match-operator': 'or', Cidr: '0.0.0.0/0', CidrV6: '::/0' },
    { SGReferences: { key: 'tag:Access', value: 'Public' } },
  ],
  invalid: [
    {
      options: { Cidr: { value_type: 'cidr', op: 'in', value: '10.0.0.300/8' } },
      messageId: 'invalid-cidr',
      path: ['Cidr', 'value'],
    },
    { options: { SGReferences: { value: 'Public' } }, messageId: 'missing-key', path: ['SGReferences'] },
    { options: { Ports: ['ssh'] }, messageId: 'schema', path: ['Ports', '0'] },
    { options: { Protocol: 'tcp' }, messageId: 'schema' },
    { options: { 'match-operator': 'xor' }, messageId: 'schema', path: ['match-operator'] },
  ],
  cases: [
    {
      name: 'Ports: a rule whose range includes a port',
      options: { Ports: [22] },
      resources: groups,
      matches: ['sg-ssh', 'sg-self'],
    },
    {
      name: 'OnlyPorts: rules opening anything but exactly the listed port',
      options: { OnlyPorts: [22] },
      resources: groups,
      matches: ['sg-https', 'sg-self', 'sg-web6'],
    },
    {
      name: 'Cidr shorthand is equality',
      options: { Cidr: '0.0.0.0/0' },
      resources: groups,
      matches: ['sg-ssh'],
    },
    {
      name: 'Cidr as a cidr value filter',
      options: { Cidr: { value_type: 'cidr', op: 'in', value: '10.0.0.0/8' } },
      resources: groups,
      matches: ['sg-https', 'sg-all'],
    },
    { name: 'CidrV6', options: { CidrV6: '::/0' }, resources: groups, matches: ['sg-web6'] },
    {
      name: 'match-operator or',
      options: { 'match-operator': 'or', Cidr: '0.0.0.0/0', CidrV6: '::/0' },
      resources: groups,
      matches: ['sg-ssh', 'sg-web6'],
    },
    {
      name: 'checks combine with and',
      options: { Ports: [22], Cidr: '0.0.0.0/0' },
      resources: groups,
      matches: ['sg-ssh'],
    },
    { name: 'SelfReference true', options: { SelfReference: true }, resources: groups, matches: ['sg-self'] },
    {
      name: 'SelfReference false matches every rule that is not a self reference',
      options: { SelfReference: false },
      resources: groups,
      matches: ['sg-ssh', 'sg-https', 'sg-all', 'sg-web6'],
    },
    { name: 'IpProtocol value', options: { IpProtocol: '-1' }, resources: groups, matches: ['sg-all'] },
    // c7n compares the integer -1 with the API's string "-1" and finds them different.
    {
      name: 'IpProtocol -1 as a number matches nothing',
      options: { IpProtocol: -1 },
      resources: groups,
      matches: [],
    },
    {
      name: 'FromPort as a value filter (rules without ports do not compare)',
      options: { FromPort: { op: 'lt', value: 1024 } },
      resources: groups,
      matches: ['sg-ssh', 'sg-https', 'sg-self'],
    },
    {
      name: 'Description of the rule entry',
      options: { Description: { value: 'web' } },
      resources: groups,
      matches: ['sg-web6'],
    },
  ],
});

describe('ingress annotations and calls', () => {
  const ctx = (provider?: unknown) => ({ now: 0, region: 'us-east-1', provider });
  const cctx = { resourceType: sgType, policyName: 't', registry: undefined as never };

  it('records each matched rule once, expanded to one range', () => {
    const rs = structuredClone(groups);
    const a = ingress.compile({ Ports: [22] }, cctx);
    const b = ingress.compile({ Cidr: '0.0.0.0/0' }, cctx);
    if (a.kind !== 'match' || b.kind !== 'match') throw new Error('expected per-resource filters');
    expect(a.match(rs[0]!, ctx())).toBe(true);
    expect(b.match(rs[0]!, ctx())).toBe(true);
    expect(rs[0]?.MatchedIpPermissions).toEqual([
      rule({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }),
    ]);
  });

  it('SGReferences reads the referenced same-owner groups by id', async () => {
    const dir = fileURLToPath(new URL('../__fixtures__/sg-references', import.meta.url));
    const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: OWNER, replay: dir });
    const rs = [
      group(
        'sg-1',
        rule({
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          UserIdGroupPairs: [{ GroupId: 'sg-ref-a', UserId: OWNER }],
        }),
      ),
      group(
        'sg-2',
        rule({
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          UserIdGroupPairs: [{ GroupId: 'sg-x', UserId: '999' }],
        }),
      ),
      group(
        'sg-3',
        rule({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }),
      ),
    ];
    const ev = ingress.compile({ SGReferences: { key: 'tag:Access', value: 'Public' } }, cctx);
    if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
    const out = await ev.process(rs, ctx(provider));
    expect(out.map((r) => r.GroupId)).toEqual(['sg-1']);
    const calls = provider.clients.session.calls;
    expect(calls.map((c) => c.operation)).toEqual(['DescribeSecurityGroups']);
    expect(calls[0]?.input).toMatchObject({ GroupIds: ['sg-ref-a'] });
  });

  it('PrefixLists describes each referenced prefix list, rule by rule', async () => {
    const dir = fileURLToPath(new URL('../__fixtures__/prefix-lists', import.meta.url));
    const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: OWNER, replay: dir });
    const rs = [
      group(
        'sg-1',
        rule({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: 'pl-1' }] }),
      ),
      group(
        'sg-2',
        rule({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: 'pl-2' }] }),
      ),
    ];
    const opts = {
      PrefixLists: { key: 'PrefixListName', value: 'com.amazonaws.global.cloudfront.origin-facing' },
    };
    const ev = ingress.compile(opts, cctx);
    if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
    expect((await ev.process(rs, ctx(provider))).map((r) => r.GroupId)).toEqual(['sg-1']);
    const calls = provider.clients.session.calls;
    expect(calls.map((c) => c.input)).toEqual([
      { Filters: [{ Name: 'prefix-list-id', Values: ['pl-1'] }] },
      { Filters: [{ Name: 'prefix-list-id', Values: ['pl-2'] }] },
    ]);
  });
});
