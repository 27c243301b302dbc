import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ebs from '../resource.js';
import instance from './instance.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-instance', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

// Flight data: i-0c1 (t3.micro, Name=web) and i-0c2 (m5.large, Name=db).
const attached = (id: string, instanceId: string) => ({
  VolumeId: id,
  Attachments: [{ InstanceId: instanceId, Device: '/dev/xvda' }],
});
const resources = [
  attached('vol-web-root', 'i-0c1'),
  attached('vol-db', 'i-0c2'),
  attached('vol-web-data', 'i-0c1'),
  { VolumeId: 'vol-loose', Attachments: [] },
];

testFilter(instance, {
  resourceType: ebs,
  context: { provider: await replay() },
  valid: [
    { key: 'tag:Name', value: 'web' },
    { key: 'InstanceType', value: ['t3.micro'], op: 'in' },
  ],
  invalid: [
    { options: { key: 'tag:Name' }, messageId: 'missing-value' },
    { options: { key: 'tag:Name', value: 'web', skip: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'instance tag',
      options: { key: 'tag:Name', value: 'web' },
      resources,
      matches: ['vol-web-root', 'vol-web-data'],
    },
    {
      name: 'instance type',
      options: { key: 'InstanceType', value: 'm5.large' },
      resources,
      matches: ['vol-db'],
    },
    {
      name: 'unattached volumes never match',
      options: { key: 'InstanceId', value: 'absent' },
      resources,
      matches: [],
    },
  ],
});

describe('ebs instance calls', () => {
  it('asks DescribeInstances for the attached instances and keeps the instance on matches', async () => {
    const provider = await replay();
    const ev = instance.compile(
      { key: 'tag:Name', value: 'db' },
      { resourceType: ebs, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(structuredClone(resources), { now: 0, provider });
    expect(out).toMatchObject([
      { VolumeId: 'vol-db', Instance: { InstanceId: 'i-0c2' }, 'c7n:MatchedFilters': ['instance-tag:Name'] },
    ]);
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['DescribeInstances', { InstanceIds: ['i-0c1', 'i-0c2', 'i-0c1'] }],
    ]);
  });
});
