import { testAction } from '@c7n-ts/core/testing';
import addrs from '../resource.js';
import release from './release.js';

const inUse = { AllocationId: 'eipalloc-1', AssociationId: 'eipassoc-1', PublicIp: '1.2.3.4' };
const free = { AllocationId: 'eipalloc-2', PublicIp: '1.2.3.5' };

testAction(release, {
  resourceType: addrs,
  valid: [{}, { force: true }],
  invalid: [{ options: { force: 'yes' }, messageId: 'schema', path: ['force'] }],
  cases: [
    {
      name: 'releases free addresses only',
      options: {},
      resources: [inUse, free, { PublicIp: '5.6.7.8' }],
      calls: [
        {
          service: 'ec2',
          operation: 'ReleaseAddress',
          input: { AllocationId: 'eipalloc-2' },
          resourceIds: ['eipalloc-2'],
          okErrors: ['InvalidAllocationID.NotFound'],
        },
      ],
    },
    {
      name: 'force disassociates first, then releases free addresses before the others',
      options: { force: true },
      resources: [inUse, free],
      calls: [
        {
          operation: 'DisassociateAddress',
          input: { AssociationId: 'eipassoc-1' },
          resourceIds: ['eipalloc-1'],
          okErrors: ['InvalidAssociationID.NotFound'],
        },
        { operation: 'ReleaseAddress', input: { AllocationId: 'eipalloc-2' } },
        { operation: 'ReleaseAddress', input: { AllocationId: 'eipalloc-1' } },
      ],
    },
  ],
});
