import { testAction } from '@c7n-ts/core/testing';
import ami from '../resource.js';
import deregister from './deregister.js';

const image = {
  ImageId: 'ami-1',
  OwnerId: '123456789012',
  BlockDeviceMappings: [
    { DeviceName: '/dev/xvda', Ebs: { SnapshotId: 'snap-1' } },
    { DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' },
    { DeviceName: '/dev/sdc', Ebs: { SnapshotId: 'snap-2' } },
  ],
};

testAction(deregister, {
  resourceType: ami,
  valid: [{}, { 'delete-snapshots': true }],
  invalid: [{ options: { 'delete-snapshot': true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deregisters owned images only',
      options: {},
      resources: [image, { ...image, ImageId: 'ami-2', OwnerId: '999999999999' }],
      calls: [
        { service: 'ec2', operation: 'DeregisterImage', input: { ImageId: 'ami-1' }, resourceIds: ['ami-1'] },
      ],
    },
    {
      name: 'delete-snapshots deletes each EBS snapshot after its image',
      options: { 'delete-snapshots': true },
      resources: [image],
      calls: [
        { operation: 'DeregisterImage', input: { ImageId: 'ami-1' } },
        {
          operation: 'DeleteSnapshot',
          input: { SnapshotId: 'snap-1' },
          resourceIds: ['ami-1'],
          okErrors: ['InvalidSnapshot.InUse', 'InvalidSnapshot.NotFound'],
        },
        { operation: 'DeleteSnapshot', input: { SnapshotId: 'snap-2' } },
      ],
    },
  ],
});
