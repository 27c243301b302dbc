import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: resource,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes each one, already gone counting as deleted',
      options: {},
      resources: [{ FunctionName: 'hello' }, { FunctionName: 'world' }],
      calls: [
        {
          service: 'lambda',
          operation: 'DeleteFunction',
          input: { FunctionName: 'hello' },
          resourceIds: ['hello'],
          okErrors: ['ResourceNotFoundException'],
        },
        { operation: 'DeleteFunction', input: { FunctionName: 'world' } },
      ],
    },
  ],
});
