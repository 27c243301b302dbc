import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: resource,
  valid: [{}, { force: true }],
  invalid: [{ options: { force: 'yes' }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes each stack by name',
      options: {},
      resources: [{ StackName: 'a' }, { StackName: 'b' }],
      calls: [
        {
          service: 'cloudformation',
          operation: 'DeleteStack',
          input: { StackName: 'a' },
          resourceIds: ['a'],
        },
        { operation: 'DeleteStack', input: { StackName: 'b' } },
      ],
    },
    {
      name: 'force: turns termination protection off when the delete is refused, then deletes again',
      options: { force: true },
      resources: [{ StackName: 'a' }],
      calls: [
        {
          operation: 'DeleteStack',
          input: { StackName: 'a' },
          recover: {
            codes: ['ValidationError'],
            calls: [
              {
                service: 'cloudformation',
                operation: 'UpdateTerminationProtection',
                input: { EnableTerminationProtection: false, StackName: 'a' },
                resourceIds: ['a'],
                describe: 'turn termination protection off on stack a',
              },
            ],
          },
        },
      ],
    },
  ],
});
