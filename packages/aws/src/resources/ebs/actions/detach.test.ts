import { testAction } from '@c7n-ts/core/testing';
import ebs from '../resource.js';
import detach from './detach.js';

const attachment = (InstanceId: string) => ({ InstanceId, VolumeId: 'vol-2', State: 'attached' });

testAction(detach, {
  resourceType: ebs,
  valid: [{}, { force: true }],
  invalid: [
    { options: { force: 'yes' }, messageId: 'schema', path: ['force'] },
    { options: { forse: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'one DetachVolume per attachment; unattached volumes make no call',
      options: {},
      resources: [
        { VolumeId: 'vol-1', Attachments: [] },
        { VolumeId: 'vol-2', Attachments: [attachment('i-1'), attachment('i-2')] },
      ],
      calls: [
        {
          service: 'ec2',
          operation: 'DetachVolume',
          input: { InstanceId: 'i-1', VolumeId: 'vol-2', Force: false },
          resourceIds: ['vol-2'],
        },
        { operation: 'DetachVolume', input: { InstanceId: 'i-2', VolumeId: 'vol-2', Force: false } },
      ],
    },
    {
      name: 'force is passed on',
      options: { force: true },
      resources: [{ VolumeId: 'vol-2', Attachments: [attachment('i-1')] }],
      calls: [{ operation: 'DetachVolume', input: { InstanceId: 'i-1', VolumeId: 'vol-2', Force: true } }],
    },
  ],
});
