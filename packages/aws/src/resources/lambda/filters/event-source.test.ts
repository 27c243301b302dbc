import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import lambda from '../resource.js';
import eventSource from './event-source.js';

const flight = fileURLToPath(new URL('../__fixtures__/event-source', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

// GetPolicy in call order: from-s3 allows s3.amazonaws.com; no-policy has none (ResourceNotFoundException).
testFilter(eventSource, {
  resourceType: lambda,
  context: { provider: await provider() },
  valid: [
    { key: '', value: 'not-null' },
    { key: 'c7n:EventSources', value: 's3.amazonaws.com', op: 'contains' },
  ],
  invalid: [{ options: { key: 'x', value: 1, bogus: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'the services of the policy, whatever key is written (c7n replaces it)',
      options: { key: 'ignored', value: 'not-null' },
      resources: [{ FunctionName: 'from-s3' }, { FunctionName: 'no-policy' }],
      matches: ['from-s3'],
    },
  ],
});
