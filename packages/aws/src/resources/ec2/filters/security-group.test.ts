import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import securityGroup from './security-group.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-security-group', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

const eni = (...groups: string[]) => ({ Groups: groups.map((GroupId) => ({ GroupId, GroupName: 'x' })) });
const resources = [
  { InstanceId: 'i-default', NetworkInterfaces: [eni('sg-0a1')] },
  { InstanceId: 'i-both', NetworkInterfaces: [eni('sg-0a2'), eni('sg-0a1')] },
  { InstanceId: 'i-web', NetworkInterfaces: [eni('sg-0a2')] },
  { InstanceId: 'i-none', NetworkInterfaces: [] },
];

testFilter(securityGroup, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [
    { key: 'GroupName', value: 'default' },
    { key: 'tag:Env', value: 'prod', operator: 'and' },
    { key: 'tag:Env', 'match-resource': true },
  ],
  invalid: [
    { options: { key: 'GroupName' }, messageId: 'missing-value' },
    { options: { value: 'x' }, messageId: 'missing-key' },
    { options: { key: 'GroupName', value: 'x', operator: 'xor' }, messageId: 'schema', path: ['operator'] },
    { options: { key: 'GroupName', value: 'x', groups: [] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'some group matches',
      options: { key: 'GroupName', value: 'default' },
      resources,
      matches: ['i-default', 'i-both'],
    },
    {
      name: 'operator and: every group matches (none named also passes, as in c7n)',
      options: { key: 'GroupName', value: 'default', operator: 'and' },
      resources,
      matches: ['i-default', 'i-none'],
    },
    {
      name: 'tags of the group',
      options: { key: 'tag:Env', value: 'dev' },
      resources,
      matches: ['i-both', 'i-web'],
    },
  ],
});

describe('ec2 security-group calls', () => {
  it('asks DescribeSecurityGroups once for the distinct ids and annotates matches', async () => {
    const provider = await replay();
    const rs = structuredClone(resources);
    const ev = securityGroup.compile({ key: 'GroupName', value: 'default' }, {} as never);
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(rs, { now: 0, provider });
    expect(out.map((r) => r.InstanceId)).toEqual(['i-default', 'i-both']);
    expect(out[1]?.['c7n:matched-security-groups']).toEqual(['sg-0a1']);
    expect(rs[2]).not.toHaveProperty('c7n:matched-security-groups');
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['DescribeSecurityGroups', { GroupIds: ['sg-0a1', 'sg-0a2'] }],
    ]);
  });
});
