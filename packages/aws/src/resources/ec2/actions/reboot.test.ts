import { testAction } from '@c7n-ts/core/testing';
import ec2 from '../resource.js';
import reboot from './reboot.js';

const inst = (id: string, state = 'running', volumes = 1) => ({
  InstanceId: id,
  State: { Name: state },
  BlockDeviceMappings: Array.from({ length: volumes }, (_, n) => ({ DeviceName: `/dev/xvd${n}`, Ebs: {} })),
});

testAction(reboot, {
  resourceType: ec2,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'running instances with block devices, 10 per call',
      options: {},
      resources: [
        ...Array.from({ length: 11 }, (_, n) => inst(`i-${n}`)),
        inst('i-stopped', 'stopped'),
        inst('i-no-devices', 'running', 0),
      ],
      calls: [
        { operation: 'RebootInstances', resourceIds: Array.from({ length: 10 }, (_, n) => `i-${n}`) },
        { operation: 'RebootInstances', input: { InstanceIds: ['i-10'] }, batchField: 'InstanceIds' },
      ],
    },
  ],
});
