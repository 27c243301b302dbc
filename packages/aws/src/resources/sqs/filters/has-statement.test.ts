import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import sqs from '../resource.js';
import hasStatement from './has-statement.js';

const url = (name: string) => `https://sqs.us-east-1.amazonaws.com/123456789012/${name}`;
const queue = (name: string, ...Statement: unknown[]): Resource => ({
  QueueUrl: url(name),
  QueueArn: `arn:aws:sqs:us-east-1:123456789012:${name}`,
  Policy: JSON.stringify({ Version: '2012-10-17', Statement }),
});
const denyInsecure = (name: string) => ({
  Sid: 'BlockNonSSL',
  Effect: 'Deny',
  Principal: '*',
  Action: 'sqs:*',
  Resource: `arn:aws:sqs:us-east-1:123456789012:${name}`,
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});

testFilter(hasStatement, {
  resourceType: sqs,
  context: { accountId: '123456789012', region: 'us-east-1' },
  valid: [{ statement_ids: ['BlockNonSSL'] }, { statements: [{ Effect: 'Deny', PartialMatch: 'Action' }] }],
  invalid: [{ options: { statements: [{ Action: 'sqs:*' }] }, messageId: 'schema' }],
  cases: [
    {
      name: 'a statement naming {queue_arn}, formatted per queue',
      options: {
        statements: [
          {
            Effect: 'Deny',
            Action: 'sqs:*',
            Principal: '*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Resource: '{queue_arn}',
          },
        ],
      },
      resources: [
        queue('secure', denyInsecure('secure')),
        queue('other-arn', denyInsecure('elsewhere')),
        queue('open', { Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage' }),
        { QueueUrl: url('no-policy') },
      ],
      matches: [url('secure')],
    },
    {
      name: 'statement_ids',
      options: { statement_ids: ['BlockNonSSL'] },
      resources: [
        queue('secure', denyInsecure('secure')),
        queue('open', { Effect: 'Allow', Principal: '*' }),
      ],
      matches: [url('secure')],
    },
  ],
});
