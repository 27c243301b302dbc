import { testAction } from '@c7n-ts/core/testing';
import igw from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: igw,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes each gateway, already gone counting as deleted',
      options: {},
      resources: [{ InternetGatewayId: 'igw-1' }, { InternetGatewayId: 'igw-2' }],
      calls: [
        {
          service: 'ec2',
          operation: 'DeleteInternetGateway',
          input: { InternetGatewayId: 'igw-1' },
          resourceIds: ['igw-1'],
          okErrors: ['InvalidInternetGatewayId.NotFound'],
        },
        { operation: 'DeleteInternetGateway', input: { InternetGatewayId: 'igw-2' } },
      ],
    },
  ],
});
