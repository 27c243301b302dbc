import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import ebs from '../resource.js';
import modify from './modify.js';

testAction(modify, {
  resourceType: ebs,
  valid: [
    { 'volume-type': 'gp3' },
    { 'size-percent': 200, 'iops-percent': 400 },
    { 'size-percent': 50, shrink: true },
  ],
  invalid: [
    { options: { 'volume-type': 'standard' }, messageId: 'schema', path: ['volume-type'] },
    { options: { 'size-percent': 'double' }, messageId: 'schema', path: ['size-percent'] },
    { options: { size: 100 }, messageId: 'schema' },
    { options: { 'size-percent': 50 }, messageId: 'shrink', path: ['size-percent'] },
  ],
  cases: [
    {
      name: 'type change only',
      options: { 'volume-type': 'gp2' },
      resources: [{ VolumeId: 'vol-1', VolumeType: 'io1', Iops: 1000, Size: 100 }],
      calls: [
        {
          service: 'ec2',
          operation: 'ModifyVolume',
          input: { VolumeId: 'vol-1', VolumeType: 'gp2' },
          resourceIds: ['vol-1'],
        },
      ],
    },
    {
      name: 'iops percent on gp3 (floor 3000) and io1 (floor 100), not on gp2; size percent rounds down',
      options: { 'iops-percent': 130, 'size-percent': 150 },
      resources: [
        { VolumeId: 'vol-1', VolumeType: 'gp3', Iops: 3000, Size: 7 },
        { VolumeId: 'vol-2', VolumeType: 'io1', Iops: 50, Size: 100 },
        { VolumeId: 'vol-3', VolumeType: 'gp2', Iops: 300, Size: 10 },
        { VolumeId: 'vol-4', VolumeType: 'gp3', Size: 10 },
      ],
      calls: [
        { input: { VolumeId: 'vol-1', Iops: 3900, Size: 10 } },
        { input: { VolumeId: 'vol-2', Iops: 100, Size: 150 } },
        { input: { VolumeId: 'vol-3', Size: 15 } },
        { input: { VolumeId: 'vol-4', Iops: 3900, Size: 15 } },
      ],
    },
    {
      name: 'converting to io2 takes iops from the current volume',
      options: { 'volume-type': 'io2', 'iops-percent': 200 },
      resources: [{ VolumeId: 'vol-1', VolumeType: 'gp2', Iops: 300, Size: 10 }],
      calls: [{ input: { VolumeId: 'vol-1', Iops: 600, VolumeType: 'io2' } }],
    },
  ],
});

describe('modify needs the modifyable filter in its policy', () => {
  const check = (filters: unknown[]) =>
    modify.check?.(
      { 'volume-type': 'gp3' },
      {
        resourceType: ebs,
        policyName: 't',
        registry: undefined as never,
        policy: { name: 't', resource: 'aws.ebs', filters },
      },
    ) ?? [];
  it('is refused without it', () => {
    expect(check([{ VolumeType: 'gp2' }]).map((p) => p.messageId)).toEqual(['needs-modifyable']);
    expect(check([]).map((p) => p.messageId)).toEqual(['needs-modifyable']);
  });
  it('is accepted with it, by name or as a type', () => {
    expect(check(['modifyable'])).toEqual([]);
    expect(check([{ type: 'modifyable' }])).toEqual([]);
  });
});
