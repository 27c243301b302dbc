import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import ec2 from '../../resources/ec2/resource.js';
import { relatedFilter } from './related.js';

const replay = (name: string) =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url)),
  });

// A related filter over a plain id list, so the cases read simply.
const groups = relatedFilter({
  type: 'security-group',
  resources: ['aws.ec2'],
  relatedType: 'aws.security-group',
  idsExpression: 'SecurityGroups[].GroupId',
  annotationKey: 'matched-security-groups',
  reads: ['SecurityGroups'],
  permissions: ['ec2:DescribeSecurityGroups'],
  doc: {
    summary: 'Test related filter over security groups.',
    example: '- type: security-group\n  key: GroupName\n  value: g1',
  },
});

const inst = (id: string, team: string | undefined, ...sgs: string[]): Resource => ({
  InstanceId: id,
  SecurityGroups: sgs.map((GroupId) => ({ GroupId })),
  Tags: team ? [{ Key: 'Team', Value: team }] : [],
});
// sg-01, sg-03 ... are blue; sg-02, sg-04 ... red; sg-99 does not exist.
const resources = [
  inst('i-blue', 'blue', 'sg-01', 'sg-03'),
  inst('i-mixed', 'red', 'sg-01', 'sg-02'),
  inst('i-gone', 'red', 'sg-99'),
  inst('i-none', undefined),
];

testFilter(groups, {
  resourceType: ec2,
  context: { provider: await replay('related-listing') },
  valid: [
    { value_type: 'resource_count', op: 'ge', value: 2 },
    { key: 'tag:Team', 'match-resource': true, operator: 'and' },
  ],
  invalid: [
    { options: { value_type: 'resource_count', value: 2 }, messageId: 'resource-count-op' },
    { options: { key: 'GroupName', value: '[', op: 'regex' }, messageId: 'invalid-regex', path: ['value'] },
    {
      options: { key: 'GroupName', value: 'x', 'match-resource': 'yes' },
      messageId: 'schema',
      path: ['match-resource'],
    },
  ],
  cases: [
    { name: 'or over groups', options: { key: 'tag:Team', value: 'red' }, resources, matches: ['i-mixed'] },
    {
      name: 'and over groups',
      options: { key: 'tag:Team', value: 'blue', operator: 'and' },
      resources,
      matches: ['i-blue', 'i-none'],
    },
    {
      name: "match-resource compares with each resource's own value",
      options: { key: 'tag:Team', 'match-resource': true, operator: 'and' },
      resources: [...resources, inst('i-red', 'red', 'sg-02', 'sg-04')],
      matches: ['i-blue', 'i-none', 'i-red'],
    },
    {
      name: 'a missing related resource has every key absent',
      options: { key: 'tag:Team', value: 'absent' },
      resources,
      matches: ['i-gone'],
    },
    {
      name: 'resource_count counts the ids named',
      options: { value_type: 'resource_count', op: 'ge', value: 2 },
      resources,
      matches: ['i-blue', 'i-mixed'],
    },
  ],
});

async function run(
  provider: Awaited<ReturnType<typeof replay>>,
  opts: Record<string, unknown>,
  rs: Resource[],
) {
  const ev = groups.compile(opts, { resourceType: ec2, policyName: 't', registry: provider.registry });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  return ev.process(rs, { now: 0, provider, region: 'us-east-1' });
}

describe('related resource fetching', () => {
  it('asks by id below ten distinct ids', async () => {
    const provider = await replay('related-listing');
    await run(provider, { key: 'GroupName', value: 'g1' }, structuredClone(resources));
    expect(provider.clients.session.calls.map((c) => c.input)).toEqual([
      { GroupIds: ['sg-01', 'sg-03', 'sg-02', 'sg-99'] },
    ]);
  });

  it('lists the whole type from ten distinct ids on, once per run', async () => {
    const provider = await replay('related-listing');
    const many = Array.from({ length: 10 }, (_, i) =>
      inst(`i-${i}`, 'blue', `sg-${String(i + 1).padStart(2, '0')}`),
    );
    const out = await run(provider, { key: 'tag:Team', value: 'blue' }, many);
    expect(out.map((r) => r.InstanceId)).toEqual(['i-0', 'i-2', 'i-4', 'i-6', 'i-8']);
    expect(out[0]?.['c7n:matched-security-groups']).toEqual(['sg-01']);
    await run(provider, { key: 'tag:Team', value: 'red' }, many);
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['DescribeSecurityGroups', {}],
    ]);
  });

  it('treats ids AWS rejects as missing resources, as c7n does', async () => {
    const provider = await replay('related-not-found');
    const rs = [inst('i-gone', 'red', 'sg-gone')];
    expect(await run(provider, { key: 'GroupName', value: 'g1' }, structuredClone(rs))).toEqual([]);
    const absent = await run(provider, { key: 'GroupName', value: 'absent' }, structuredClone(rs));
    expect(absent.map((r) => r['c7n:matched-security-groups'])).toEqual([['sg-gone']]);
  });

  it('makes no call when no resource names a related id', async () => {
    const provider = await replay('related-listing');
    expect(await run(provider, { key: 'GroupName', value: 'g1' }, [inst('i-none', undefined)])).toEqual([]);
    expect(provider.clients.session.calls).toEqual([]);
  });
});
