import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import ebs from './ebs.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-ebs', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

const bdm = (...ids: string[]) =>
  ids.map((VolumeId, i) => ({ DeviceName: `/dev/xvd${'ab'[i]}`, Ebs: { VolumeId } }));
// Flight data: vol-0e1 (xvda, encrypted) and vol-0e2 (xvdb, plain, 100 GiB) on i-0c1;
// vol-0e3 (encrypted) on i-0c2; vol-0e4 (plain) on i-0c3.
const resources = [
  { InstanceId: 'i-0c1', BlockDeviceMappings: bdm('vol-0e1', 'vol-0e2') },
  { InstanceId: 'i-0c2', BlockDeviceMappings: bdm('vol-0e3') },
  { InstanceId: 'i-0c3', BlockDeviceMappings: bdm('vol-0e4') },
  { InstanceId: 'i-store', BlockDeviceMappings: [{ DeviceName: '/dev/sda1', VirtualName: 'ephemeral0' }] },
];

testFilter(ebs, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [{ key: 'Encrypted', value: false, operator: 'and', 'skip-devices': ['/dev/xvda'] }],
  invalid: [
    {
      options: { key: 'Encrypted', value: false, 'skip-devices': '/dev/xvda' },
      messageId: 'schema',
      path: ['skip-devices'],
    },
    { options: { key: 'Size', value: 'big', op: 'gt', value_type: 'size', extra: 1 }, messageId: 'schema' },
    { options: { key: 'Encrypted' }, messageId: 'missing-value' },
  ],
  cases: [
    {
      name: 'some volume unencrypted',
      options: { key: 'Encrypted', value: false },
      resources,
      matches: ['i-0c1', 'i-0c3'],
    },
    {
      name: 'every volume unencrypted',
      options: { key: 'Encrypted', value: false, operator: 'and' },
      resources,
      matches: ['i-0c3'],
    },
    {
      name: 'skip-devices leaves the data volume out',
      options: { key: 'Encrypted', value: false, 'skip-devices': ['/dev/xvdb'] },
      resources,
      matches: ['i-0c3'],
    },
    {
      name: 'with every volume skipped, and matches (c7n uses all())',
      options: { key: 'Encrypted', value: true, operator: 'and', 'skip-devices': ['/dev/xvda', '/dev/xvdb'] },
      resources,
      matches: ['i-0c1', 'i-0c2', 'i-0c3'],
    },
    { name: 'size', options: { key: 'Size', value: 50, op: 'gt' }, resources, matches: ['i-0c1'] },
  ],
});

describe('ec2 ebs calls', () => {
  it('asks DescribeVolumes once for the attached volume ids', async () => {
    const provider = await replay();
    const ev = ebs.compile(
      { key: 'Encrypted', value: true },
      { resourceType: ec2, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    await ev.process(structuredClone(resources), { now: 0, provider });
    expect(provider.clients.session.calls.map((c) => c.operation)).toEqual(['DescribeVolumes']);
    expect(provider.clients.session.calls[0]?.input).toMatchObject({
      VolumeIds: ['vol-0e1', 'vol-0e2', 'vol-0e3', 'vol-0e4'],
    });
  });
});
