import { testAction } from '@c7n-ts/core/testing';
import enis from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: enis,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes each interface, already gone counting as deleted',
      options: {},
      resources: [{ NetworkInterfaceId: 'eni-1' }, { NetworkInterfaceId: 'eni-2' }],
      calls: [
        {
          service: 'ec2',
          operation: 'DeleteNetworkInterface',
          input: { NetworkInterfaceId: 'eni-1' },
          resourceIds: ['eni-1'],
          okErrors: ['InvalidNetworkInterfaceID.NotFound'],
        },
        { operation: 'DeleteNetworkInterface', input: { NetworkInterfaceId: 'eni-2' } },
      ],
    },
  ],
});
