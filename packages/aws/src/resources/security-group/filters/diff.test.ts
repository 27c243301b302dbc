import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import sgType from '../resource.js';
import diff from './diff.js';

// Config history: sg-a at its revision (443 from 10/8, egress all, Env=prod Team=web), sg-b
// as it is now (legacy string CIDRs), sg-c never discovered (ResourceNotDiscoveredException).
const flight = fileURLToPath(new URL('../__fixtures__/diff', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: flight });

const https = {
  IpProtocol: 'tcp',
  FromPort: 443,
  ToPort: 443,
  IpRanges: [{ CidrIp: '10.0.0.0/8' }],
  Ipv6Ranges: [],
  PrefixListIds: [],
  UserIdGroupPairs: [],
};
const ssh = {
  IpProtocol: 'tcp',
  FromPort: 22,
  ToPort: 22,
  IpRanges: [{ CidrIp: '0.0.0.0/0' }],
  Ipv6Ranges: [],
  PrefixListIds: [],
  UserIdGroupPairs: [],
};
const all = {
  IpProtocol: '-1',
  IpRanges: [{ CidrIp: '0.0.0.0/0' }],
  Ipv6Ranges: [],
  PrefixListIds: [],
  UserIdGroupPairs: [],
};
const groups = () => [
  {
    GroupId: 'sg-a',
    IpPermissions: [ssh, https],
    IpPermissionsEgress: [all],
    Tags: [
      { Key: 'Env', Value: 'dev' },
      { Key: 'Owner', Value: 'x' },
    ],
  },
  { GroupId: 'sg-b', IpPermissions: [], IpPermissionsEgress: [all], Tags: [] },
  { GroupId: 'sg-c', IpPermissions: [], IpPermissionsEgress: [all] },
];

testFilter(diff, {
  resourceType: sgType,
  context: { provider: await replay() },
  valid: [{}, { selector: 'previous' }, { selector: 'date', selector_value: '2016/12/11 17:25Z' }],
  invalid: [
    { options: { selector: 'latest' }, messageId: 'schema', path: ['selector'] },
    { options: { selector: 'date' }, messageId: 'date-needs-value', path: ['selector'] },
    {
      options: { selector: 'date', selector_value: 'yesterday-ish' },
      messageId: 'invalid-date',
      path: ['selector_value'],
    },
    { options: { selector: 'locked' }, messageId: 'locked-needs-filter', path: ['selector'] },
  ],
  cases: [
    {
      name: 'only the group that changed since its revision',
      options: {},
      resources: groups(),
      matches: ['sg-a'],
    },
  ],
});

describe('diff', () => {
  it('asks Config for the revision as c7n does, and annotates the differences', async () => {
    const provider = await replay();
    const ev = diff.compile(
      { selector: 'date', selector_value: '2026/11/05 10:00Z' },
      { resourceType: sgType, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const [a] = await ev.process(groups(), { now: 0, provider });
    expect(a?.['c7n:diff']).toEqual({
      tags: { added: { Owner: 'x' }, removed: { Team: 'web' }, updated: { Env: 'dev' } },
      ingress: { added: [ssh] },
    });
    const rev = a?.['c7n:previous-revision'] as Record<string, unknown>;
    expect(rev.version_id).toBe('1761998400000');
    expect((rev.resource as { IpPermissions: unknown }).IpPermissions).toEqual([https]);
    const calls = provider.clients.session.calls;
    expect(calls.map((c) => c.input)).toEqual(
      ['sg-a', 'sg-b', 'sg-c'].map((resourceId) => ({
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId,
        laterTime: new Date(Date.UTC(2026, 10, 5, 10)),
        limit: 3,
      })),
    );
  });

  it('looks for a locked filter in the policy for selector: locked', () => {
    const ctx = { resourceType: sgType, policyName: 't', registry: undefined as never };
    const check = (filters: unknown[]) =>
      diff.check?.({ selector: 'locked' }, { ...ctx, policy: { filters } }).map((p) => p.messageId);
    expect(check(['locked', { type: 'diff', selector: 'locked' }])).toEqual([]);
    expect(check([{ type: 'locked' }])).toEqual([]);
    expect(check([{ type: 'diff', selector: 'locked' }])).toEqual(['locked-needs-filter']);
  });
});
