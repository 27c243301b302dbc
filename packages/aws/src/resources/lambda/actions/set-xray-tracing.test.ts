import { testAction } from '@c7n-ts/core/testing';
import lambda from '../resource.js';
import setXrayTracing from './set-xray-tracing.js';

const fn = (name: string, mode?: string) => ({
  FunctionName: name,
  ...(mode && { TracingConfig: { Mode: mode } }),
});
const resources = [fn('active', 'Active'), fn('passthrough', 'PassThrough'), fn('unset')];

testAction(setXrayTracing, {
  resourceType: lambda,
  valid: [{}, { state: false }],
  invalid: [{ options: { state: 'on' }, messageId: 'schema', path: ['state'] }],
  cases: [
    {
      name: 'on by default, for the functions not yet Active',
      options: {},
      resources,
      calls: [
        {
          service: 'lambda',
          operation: 'UpdateFunctionConfiguration',
          input: { FunctionName: 'passthrough', TracingConfig: { Mode: 'Active' } },
          resourceIds: ['passthrough'],
          okErrors: ['ResourceNotFoundException'],
        },
        { input: { FunctionName: 'unset', TracingConfig: { Mode: 'Active' } } },
      ],
    },
    {
      name: 'state: false turns Active functions to PassThrough',
      options: { state: false },
      resources,
      calls: [{ input: { FunctionName: 'active', TracingConfig: { Mode: 'PassThrough' } } }],
    },
  ],
});
