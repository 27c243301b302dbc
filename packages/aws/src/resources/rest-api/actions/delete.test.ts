import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: resource,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'one DeleteRestApi per API, already gone counting as deleted',
      options: {},
      resources: [{ id: 'am0c2fyskg' }],
      calls: [
        {
          service: 'apigateway',
          operation: 'DeleteRestApi',
          input: { restApiId: 'am0c2fyskg' },
          resourceIds: ['am0c2fyskg'],
          okErrors: ['NotFoundException'],
        },
      ],
    },
  ],
});
