import type { EvalContext } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import ebs from '../resource.js';
import copyInstanceTags from './copy-instance-tags.js';

const reads: { operation: string; input: Record<string, unknown> }[] = [];
const instances = [
  {
    InstanceId: 'i-1',
    Tags: [
      { Key: 'Name', Value: 'web' },
      { Key: 'Owner', Value: 'ops' },
      { Key: 'aws:cloudformation:stack-name', Value: 's' },
    ],
  },
  { InstanceId: 'i-2', Tags: [{ Key: 'Name', Value: 'db' }] },
];
const read = async (_service: string, operation: string, input: Record<string, unknown>) => {
  reads.push({ operation, input });
  return { Reservations: [{ Instances: instances }] };
};

const vol = (id: string, instanceId: string, tags: { Key: string; Value: string }[] = []) => ({
  VolumeId: id,
  Tags: tags,
  Attachments: [{ InstanceId: instanceId, VolumeId: id, AttachTime: new Date('2024-01-02T03:04:05Z') }],
});

testAction(copyInstanceTags, {
  resourceType: ebs,
  context: { read } as Partial<EvalContext>,
  valid: [{}, { tags: ['Name'] }],
  invalid: [{ options: { tags: 'Name' }, messageId: 'schema', path: ['tags'] }],
  cases: [
    {
      name: 'copies instance tags and the attachment, by instance in reverse id order',
      options: {},
      resources: [vol('vol-1', 'i-1'), vol('vol-2', 'i-2'), { VolumeId: 'vol-3', Attachments: [] }],
      calls: [
        {
          service: 'ec2',
          operation: 'CreateTags',
          input: {
            Resources: ['vol-2'],
            Tags: [
              { Key: 'Name', Value: 'db' },
              { Key: 'LastAttachTime', Value: '2024-01-02T03:04:05+00:00' },
              { Key: 'LastAttachInstance', Value: 'i-2' },
            ],
          },
          resourceIds: ['vol-2'],
          okErrors: ['InvalidVolume.NotFound'],
        },
        {
          input: {
            Resources: ['vol-1'],
            Tags: [
              { Key: 'Name', Value: 'web' },
              { Key: 'Owner', Value: 'ops' },
              { Key: 'LastAttachTime', Value: '2024-01-02T03:04:05+00:00' },
              { Key: 'LastAttachInstance', Value: 'i-1' },
            ],
          },
        },
      ],
    },
    {
      name: 'only the named tags; nothing when the volume is current',
      options: { tags: ['Name'] },
      resources: [
        vol('vol-1', 'i-1', [{ Key: 'LastAttachInstance', Value: 'i-1' }]),
        vol('vol-2', 'i-2', [
          { Key: 'Name', Value: 'db' },
          { Key: 'LastAttachInstance', Value: 'i-2' },
        ]),
      ],
      calls: [{ input: { Resources: ['vol-1'], Tags: [{ Key: 'Name', Value: 'web' }] } }],
    },
  ],
});

it('reads the attached instances by id, once', () => {
  expect(reads[0]).toEqual({ operation: 'DescribeInstances', input: { InstanceIds: ['i-1', 'i-2'] } });
});
