import { testAction } from '@c7n-ts/core/testing';
import groups from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: groups,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes each group; one already gone counts as done',
      options: {},
      resources: [{ logGroupName: 'a' }],
      calls: [
        {
          service: 'logs',
          operation: 'DeleteLogGroup',
          input: { logGroupName: 'a' },
          resourceIds: ['a'],
          okErrors: ['ResourceNotFoundException'],
        },
      ],
    },
  ],
});
