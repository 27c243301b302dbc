import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import sqs from '../resource.js';
import deadLetter, { deadLetterTargets } from './dead-letter.js';

// Four queues: orders and billing each name their -dlq queue as dead-letter target.
const dir = fileURLToPath(new URL('../__fixtures__/dead-letter', import.meta.url));
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
const q = (name: string) => ({
  QueueUrl: `https://sqs.us-east-1.amazonaws.com/123456789012/${name}`,
  QueueArn: `arn:aws:sqs:us-east-1:123456789012:${name}`,
});

testFilter(deadLetter, {
  resourceType: sqs,
  context: { provider, region: 'us-east-1' },
  valid: [{}],
  invalid: [{ options: { value: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'only the targets among the queues left, whichever queue points at them',
      options: {},
      // orders (pointing at orders-dlq) was filtered out before: orders-dlq still matches.
      resources: [q('orders-dlq'), q('billing'), q('billing-dlq')],
      matches: [q('orders-dlq').QueueUrl, q('billing-dlq').QueueUrl],
    },
  ],
});

describe('deadLetterTargets', () => {
  it('reads deadLetterTargetArn, skipping queues without or with a broken RedrivePolicy', () => {
    expect([
      ...deadLetterTargets([
        { RedrivePolicy: '{"deadLetterTargetArn":"arn:a","maxReceiveCount":3}' },
        { RedrivePolicy: 'not json' },
        { RedrivePolicy: '' },
        {},
      ]),
    ]).toEqual(['arn:a']);
  });
});
