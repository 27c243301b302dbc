import { testAction } from '@c7n-ts/core/testing';
import nat from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: nat,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes each gateway with its own call',
      options: {},
      resources: [{ NatGatewayId: 'nat-1' }, { NatGatewayId: 'nat-2' }],
      calls: [
        {
          service: 'ec2',
          operation: 'DeleteNatGateway',
          input: { NatGatewayId: 'nat-1' },
          resourceIds: ['nat-1'],
        },
        { operation: 'DeleteNatGateway', input: { NatGatewayId: 'nat-2' }, resourceIds: ['nat-2'] },
      ],
    },
  ],
});
