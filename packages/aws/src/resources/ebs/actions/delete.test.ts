import { testAction } from '@c7n-ts/core/testing';
import ebs from '../resource.js';
import del from './delete.js';

const attached = {
  VolumeId: 'vol-2',
  Attachments: [{ InstanceId: 'i-1', VolumeId: 'vol-2', State: 'attached' }],
};

testAction(del, {
  resourceType: ebs,
  valid: [{}, { force: true }],
  invalid: [{ options: { force: 'true' }, messageId: 'schema', path: ['force'] }],
  cases: [
    {
      name: 'one DeleteVolume per volume; attached ones are tried as they are',
      options: {},
      resources: [{ VolumeId: 'vol-1', Attachments: [] }, attached],
      calls: [
        {
          service: 'ec2',
          operation: 'DeleteVolume',
          input: { VolumeId: 'vol-1' },
          resourceIds: ['vol-1'],
          okErrors: ['InvalidVolume.NotFound'],
        },
        { operation: 'DeleteVolume', input: { VolumeId: 'vol-2' } },
      ],
    },
    {
      name: 'force detaches attached volumes first',
      options: { force: true },
      resources: [{ VolumeId: 'vol-1', Attachments: [] }, attached],
      calls: [
        { operation: 'DeleteVolume', input: { VolumeId: 'vol-1' } },
        { operation: 'DetachVolume', input: { VolumeId: 'vol-2', Force: true }, resourceIds: ['vol-2'] },
        { operation: 'DeleteVolume', input: { VolumeId: 'vol-2' } },
      ],
    },
  ],
});
