import { fileURLToPath } from 'node:url';
import type { PlannedCall } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ebs from '../resource.js';
import encrypt from './encrypt-instance-volumes.js';

// i-…a01 is running, i-…a02 stopped, i-…a03 terminated; the key's id is 1234abcd-….
const flight = fileURLToPath(new URL('../__fixtures__/encrypt-instance-volumes', import.meta.url));
const provider = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: flight,
});
const read = (service: string, operation: string, input: Record<string, unknown>, region?: string) =>
  provider.send(service, operation, input, region ?? 'us-east-1');
const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';

const volume = (id: string, instance: string, extra: Record<string, unknown> = {}) => ({
  VolumeId: id,
  Encrypted: false,
  Size: 8,
  VolumeType: 'gp2',
  AvailabilityZone: 'us-east-1a',
  Tags: [{ Key: 'owner', Value: 'team' }],
  Attachments: [{ InstanceId: instance, VolumeId: id, Device: '/dev/xvda', DeleteOnTermination: true }],
  ...extra,
});
const running = volume('vol-1', 'i-0a1b2c3d4e5f60a01');
const stopped = volume('vol-2', 'i-0a1b2c3d4e5f60a02', {
  Attachments: [
    { InstanceId: 'i-0a1b2c3d4e5f60a02', VolumeId: 'vol-2', Device: '/dev/sdf', DeleteOnTermination: false },
  ],
});

const workflow = [
  'CreateSnapshot',
  'CreateTags',
  'CopySnapshot',
  'CreateTags',
  'CreateVolume',
  'CreateTags',
  'DeleteSnapshot',
  'DeleteSnapshot',
  'DetachVolume',
  'AttachVolume',
];

testAction(encrypt, {
  resourceType: ebs,
  context: { provider, read, region: 'us-east-1' },
  valid: [{ key: 'alias/ebs' }, { key: 'alias/ebs', delay: 0.5, verbose: true }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { key: 'alias/ebs', delay: 'soon' }, messageId: 'schema', path: ['delay'] },
    { options: { key: 'alias/ebs', kms_key: 'x' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'a running instance is stopped, its volume swapped for an encrypted copy, and started again',
      options: { key: 'alias/ebs', delay: 0.001 },
      resources: [running],
      calls: [
        {
          operation: 'StopInstances',
          input: { InstanceIds: ['i-0a1b2c3d4e5f60a01'] },
          resourceIds: ['vol-1'],
        },
        {
          operation: 'CreateSnapshot',
          input: { VolumeId: 'vol-1', Description: 'maid transient snapshot for encryption' },
          waitFor: expect.objectContaining({
            operation: 'DescribeInstances',
            input: { InstanceIds: ['i-0a1b2c3d4e5f60a01'] },
          }),
        },
        { operation: 'CreateTags', input: { Tags: [{ Key: 'maid-crypto-remediation', Value: 'true' }] } },
        {
          operation: 'CopySnapshot',
          input: { SourceRegion: 'us-east-1', Encrypted: true, KmsKeyId: KEY },
          waitFor: expect.objectContaining({ operation: 'DescribeSnapshots' }),
        },
        { operation: 'CreateTags' },
        {
          operation: 'CreateVolume',
          input: { Size: 8, VolumeType: 'gp2', AvailabilityZone: 'us-east-1a', Encrypted: true },
        },
        {
          operation: 'CreateTags',
          input: {
            Tags: [
              { Key: 'maid-crypt-remediation', Value: 'i-0a1b2c3d4e5f60a01' },
              { Key: 'maid-origin-volume', Value: 'vol-1' },
              { Key: 'maid-instance-device', Value: '/dev/xvda' },
              { Key: 'owner', Value: 'team' },
            ],
          },
        },
        { operation: 'DeleteSnapshot', waitFor: expect.objectContaining({ operation: 'DescribeVolumes' }) },
        { operation: 'DeleteSnapshot' },
        { operation: 'DetachVolume', input: { InstanceId: 'i-0a1b2c3d4e5f60a01', VolumeId: 'vol-1' } },
        {
          operation: 'AttachVolume',
          input: { InstanceId: 'i-0a1b2c3d4e5f60a01', Device: '/dev/xvda' },
          pauseMs: 1,
        },
        { operation: 'ModifyInstanceAttribute', input: { InstanceId: 'i-0a1b2c3d4e5f60a01' } },
        { operation: 'StartInstances', input: { InstanceIds: ['i-0a1b2c3d4e5f60a01'] }, independent: true },
        { operation: 'DeleteVolume', input: { VolumeId: 'vol-1' } },
        {
          operation: 'DeleteTags',
          input: {
            Tags: [
              { Key: 'maid-crypt-remediation' },
              { Key: 'maid-origin-volume' },
              { Key: 'maid-instance-device' },
            ],
          },
        },
      ],
    },
    {
      name: 'a stopped instance is neither stopped nor started; DeleteOnTermination false is left alone',
      options: { key: 'alias/ebs' },
      resources: [stopped],
      calls: [
        ...workflow.map((operation) => ({ operation })),
        { operation: 'DeleteVolume', input: { VolumeId: 'vol-2' } },
        { operation: 'DeleteTags' },
      ],
    },
    {
      name: 'encrypted, unattached and terminated-instance volumes make no call',
      options: { key: 'alias/ebs' },
      resources: [
        volume('vol-3', 'i-0a1b2c3d4e5f60a01', { Encrypted: true }),
        volume('vol-4', 'i-0a1b2c3d4e5f60a01', { Attachments: [] }),
        volume('vol-5', 'i-0a1b2c3d4e5f60a03'),
      ],
      calls: [],
    },
  ],
});

describe('encrypt-instance-volumes steps', () => {
  it('take the ids earlier steps made', async () => {
    const calls = (await encrypt.plan(
      [running as never],
      { key: 'alias/ebs', delay: 0, verbose: false },
      {
        now: 0,
        provider,
        read,
        region: 'us-east-1',
        resourceType: ebs,
        policyName: 't',
        policy: {},
        dryrun: false,
      },
    )) as PlannedCall[];
    const outputs = new Map<string, unknown>([
      ['vol-1:snapshot', { SnapshotId: 'snap-plain' }],
      ['vol-1:copy', { SnapshotId: 'snap-encrypted' }],
      ['vol-1:volume', { VolumeId: 'vol-new' }],
    ]);
    const bound = (op: string, n = 0) => {
      const call = calls.filter((c) => c.operation === op)[n] as PlannedCall;
      return { ...call.bind?.(outputs), ...call.waitFor?.bind?.(outputs) };
    };
    expect(bound('CopySnapshot')).toEqual({ SourceSnapshotId: 'snap-plain', SnapshotIds: ['snap-plain'] });
    expect(bound('CreateVolume')).toEqual({ SnapshotId: 'snap-encrypted', SnapshotIds: ['snap-encrypted'] });
    expect(bound('DeleteSnapshot', 0)).toEqual({ SnapshotId: 'snap-plain', VolumeIds: ['vol-new'] });
    expect(bound('DeleteSnapshot', 1)).toEqual({ SnapshotId: 'snap-encrypted' });
    expect(bound('AttachVolume')).toEqual({ VolumeId: 'vol-new' });
    expect(bound('ModifyInstanceAttribute')).toEqual({
      BlockDeviceMappings: [
        { DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-new', DeleteOnTermination: true } },
      ],
    });
    expect(bound('DeleteTags')).toEqual({ Resources: ['vol-new'] });
  });
});
