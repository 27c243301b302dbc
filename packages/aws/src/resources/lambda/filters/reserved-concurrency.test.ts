import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import lambda from '../resource.js';
import reservedConcurrency from './reserved-concurrency.js';

const flight = fileURLToPath(new URL('../__fixtures__/reserved-concurrency', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const fns = () => [
  { FunctionName: 'reserved', FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:reserved' },
  { FunctionName: 'open', FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:open' },
];

// GetFunction in call order: reserved has 5 reserved executions, open none.
testFilter(reservedConcurrency, {
  resourceType: lambda,
  context: { provider: await provider() },
  valid: [{ value: 'absent' }, { value: 10, op: 'greater-than' }],
  invalid: [{ options: { value: 'absent', bogus: 1 }, messageId: 'schema' }],
  cases: [
    { name: 'no reservation', options: { value: 'absent' }, resources: fns(), matches: ['open'] },
    {
      name: 'a reservation of at least 5',
      options: { value: 5, op: 'gte' },
      resources: fns(),
      matches: ['reserved'],
    },
  ],
});
