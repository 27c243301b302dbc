import { testFilter } from '@c7n-ts/core/testing';
import ec2 from '../resource.js';
import ephemeral from './ephemeral.js';

testFilter(ephemeral, {
  resourceType: ec2,
  valid: [{}],
  invalid: [{ options: { root: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'root without EBS, or no root device name c7n knows',
      options: {},
      resources: [
        {
          InstanceId: 'i-ebs',
          BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-1' } }],
        },
        { InstanceId: 'i-store', BlockDeviceMappings: [{ DeviceName: '/dev/sda1' }] },
        {
          InstanceId: 'i-nvme',
          BlockDeviceMappings: [{ DeviceName: '/dev/nvme0n1', Ebs: { VolumeId: 'vol-2' } }],
        },
        { InstanceId: 'i-none', BlockDeviceMappings: [] },
      ],
      matches: ['i-store', 'i-nvme', 'i-none'],
    },
  ],
});
