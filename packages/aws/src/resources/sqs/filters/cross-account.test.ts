import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import sqs from '../resource.js';
import crossAccount from './cross-account.js';

const queue = (name: string, ...Statement: unknown[]): Resource => ({
  QueueUrl: `https://sqs.us-east-1.amazonaws.com/123456789012/${name}`,
  QueueArn: `arn:aws:sqs:us-east-1:123456789012:${name}`,
  Policy: JSON.stringify({ Version: '2012-10-17', Statement }),
});
const allow = (Principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal,
  Action: 'SQS:SendMessage',
  ...extra,
});
const url = (name: string) => `https://sqs.us-east-1.amazonaws.com/123456789012/${name}`;

testFilter(crossAccount, {
  resourceType: sqs,
  context: { accountId: '123456789012' },
  valid: [{}, { whitelist: ['222233334444'], return_allowed: true }],
  invalid: [{ options: { whitelist_endpoints: ['x'] }, messageId: 'schema' }],
  cases: [
    {
      name: 'everyone or another account; the own account, a source-owner condition and no policy do not',
      options: {},
      resources: [
        queue('public', allow('*')),
        queue('other', allow({ AWS: 'arn:aws:iam::222233334444:root' })),
        queue('own', allow({ AWS: 'arn:aws:iam::123456789012:root' })),
        queue('owner', allow('*', { Condition: { StringEquals: { 'aws:SourceOwner': '123456789012' } } })),
        { QueueUrl: url('no-policy') },
      ],
      matches: [url('public'), url('other')],
    },
    {
      name: 'return_allowed matches the statements that do not violate',
      options: { return_allowed: true },
      resources: [
        queue('own', allow({ AWS: 'arn:aws:iam::123456789012:root' })),
        queue('public', allow('*')),
      ],
      matches: [url('own')],
    },
  ],
});
