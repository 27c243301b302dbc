import { testAction } from '@c7n-ts/core/testing';
import lambda from '../resource.js';
import update from './update.js';

const rightsize = (summary: string) => ({ actionType: 'Rightsize', recommendedResourceSummary: summary });

testAction(update, {
  resourceType: lambda,
  valid: [{}, { properties: { Timeout: 60, MemorySize: 256 } }],
  invalid: [
    {
      options: { properties: { Timeout: 60, Memory: 256 } },
      messageId: 'unknown-member',
      path: ['properties', 'Memory'],
    },
    { options: { properties: 'Timeout=60' }, messageId: 'schema', path: ['properties'] },
  ],
  cases: [
    {
      name: 'the properties, per function',
      options: { properties: { Timeout: 60 } },
      resources: [{ FunctionName: 'a' }, { FunctionName: 'b' }],
      calls: [
        {
          service: 'lambda',
          operation: 'UpdateFunctionConfiguration',
          input: { FunctionName: 'a', Timeout: 60 },
          resourceIds: ['a'],
          okErrors: ['ResourceNotFoundException'],
        },
        { input: { FunctionName: 'b', Timeout: 60 }, resourceIds: ['b'] },
      ],
    },
    {
      name: "a Rightsize recommendation's memory size, for that function only",
      options: {},
      resources: [
        { FunctionName: 'big', 'c7n:cost_optimize': rightsize('1024 MB') },
        { FunctionName: 'other' },
        {
          FunctionName: 'upgrade',
          'c7n:cost_optimize': { actionType: 'Upgrade', recommendedResourceSummary: '512 MB' },
        },
      ],
      calls: [
        { input: { FunctionName: 'big', MemorySize: 1024 } },
        { input: { FunctionName: 'other' } },
        { input: { FunctionName: 'upgrade' } },
      ],
    },
  ],
});
