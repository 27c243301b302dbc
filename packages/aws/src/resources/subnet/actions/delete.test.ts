import { testAction } from '@c7n-ts/core/testing';
import subnets from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: subnets,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes each subnet',
      options: {},
      resources: [{ SubnetId: 'subnet-1' }, { SubnetId: 'subnet-2' }],
      calls: [
        {
          service: 'ec2',
          operation: 'DeleteSubnet',
          input: { SubnetId: 'subnet-1' },
          resourceIds: ['subnet-1'],
        },
        { operation: 'DeleteSubnet', input: { SubnetId: 'subnet-2' } },
      ],
    },
  ],
});
