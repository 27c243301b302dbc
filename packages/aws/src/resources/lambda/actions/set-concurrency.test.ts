import { testAction } from '@c7n-ts/core/testing';
import lambda from '../resource.js';
import setConcurrency from './set-concurrency.js';

testAction(setConcurrency, {
  resourceType: lambda,
  valid: [{ value: 10 }, { value: null }, { value: 'Tags[0].Value', expr: true }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { value: 10, expr: true }, messageId: 'expr-not-string', path: ['value'] },
  ],
  cases: [
    {
      name: 'a number reserves it',
      options: { value: 10 },
      resources: [{ FunctionName: 'a' }],
      calls: [
        {
          service: 'lambda',
          operation: 'PutFunctionConcurrency',
          input: { FunctionName: 'a', ReservedConcurrentExecutions: 10 },
          resourceIds: ['a'],
        },
      ],
    },
    {
      name: 'null removes the reservation',
      options: { value: null },
      resources: [{ FunctionName: 'a' }],
      calls: [{ operation: 'DeleteFunctionConcurrency', input: { FunctionName: 'a' } }],
    },
    {
      name: 'expr reads each function (a float truncated, nothing found removes)',
      options: { value: 'Limit', expr: true },
      resources: [{ FunctionName: 'a', Limit: 3.7 }, { FunctionName: 'b' }],
      calls: [
        {
          operation: 'PutFunctionConcurrency',
          input: { FunctionName: 'a', ReservedConcurrentExecutions: 3 },
        },
        { operation: 'DeleteFunctionConcurrency', input: { FunctionName: 'b' } },
      ],
    },
  ],
});
