import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: resource,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes each parameter by name, already gone counting as deleted',
      options: {},
      resources: [{ Name: '/app/db-host' }, { Name: 'plain' }],
      calls: [
        {
          service: 'ssm',
          operation: 'DeleteParameter',
          input: { Name: '/app/db-host' },
          resourceIds: ['/app/db-host'],
          okErrors: ['ParameterNotFound'],
        },
        { operation: 'DeleteParameter', input: { Name: 'plain' } },
      ],
    },
  ],
});
