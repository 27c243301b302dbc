import { testAction } from '@c7n-ts/core/testing';
import addrs from '../resource.js';
import disassociate from './disassociate.js';

testAction(disassociate, {
  resourceType: addrs,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'one DisassociateAddress per associated address; free addresses make no call',
      options: {},
      resources: [
        { AllocationId: 'eipalloc-1', AssociationId: 'eipassoc-1', PublicIp: '1.2.3.4' },
        { AllocationId: 'eipalloc-2', PublicIp: '1.2.3.5' },
      ],
      calls: [
        {
          service: 'ec2',
          operation: 'DisassociateAddress',
          input: { AssociationId: 'eipassoc-1' },
          resourceIds: ['eipalloc-1'],
          okErrors: ['InvalidAssociationID.NotFound'],
        },
      ],
    },
  ],
});
