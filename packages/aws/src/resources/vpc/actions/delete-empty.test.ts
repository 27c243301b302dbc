import { testAction } from '@c7n-ts/core/testing';
import vpcs from '../resource.js';
import deleteEmpty from './delete-empty.js';

testAction(deleteEmpty, {
  resourceType: vpcs,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes each VPC',
      options: {},
      resources: [{ VpcId: 'vpc-1' }, { VpcId: 'vpc-2' }],
      calls: [
        {
          service: 'ec2',
          operation: 'DeleteVpc',
          input: { VpcId: 'vpc-1' },
          resourceIds: ['vpc-1'],
          okErrors: ['InvalidVpcID.NotFound'],
        },
        { operation: 'DeleteVpc', input: { VpcId: 'vpc-2' } },
      ],
    },
  ],
});
