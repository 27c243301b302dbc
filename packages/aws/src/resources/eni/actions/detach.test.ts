import { testAction } from '@c7n-ts/core/testing';
import enis from '../resource.js';
import detach from './detach.js';

const attached = (id: string, DeviceIndex: number) => ({
  NetworkInterfaceId: id,
  Attachment: { AttachmentId: `eni-attach-${id}`, InstanceId: 'i-1', DeviceIndex },
});

testAction(detach, {
  resourceType: enis,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'detaches non-primary instance interfaces only',
      options: {},
      resources: [attached('eni-1', 0), attached('eni-2', 1), { NetworkInterfaceId: 'eni-3' }],
      calls: [
        {
          service: 'ec2',
          operation: 'DetachNetworkInterface',
          input: { AttachmentId: 'eni-attach-eni-2' },
          resourceIds: ['eni-2'],
        },
      ],
    },
    { name: 'nothing to detach', options: {}, resources: [attached('eni-1', 0)], calls: [] },
  ],
});
