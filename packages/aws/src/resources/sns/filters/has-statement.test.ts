import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import sns from '../resource.js';
import hasStatement from './has-statement.js';

const ARN = 'arn:aws:sns:us-east-1:123456789012:';
const topic = (name: string, Action: unknown): Resource => ({
  TopicArn: `${ARN}${name}`,
  Policy: JSON.stringify({
    Statement: [
      {
        Sid: 'BlockNonSSL',
        Effect: 'Deny',
        Principal: '*',
        Action,
        Resource: `${ARN}${name}`,
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  }),
});

testFilter(hasStatement, {
  resourceType: sns,
  context: { accountId: '123456789012', region: 'us-east-1' },
  valid: [{ statement_ids: ['BlockNonSSL'] }],
  invalid: [{ options: { statement_ids: 'BlockNonSSL' }, messageId: 'schema' }],
  cases: [
    {
      name: '{topic_arn} and an action list compared as a set, ignoring case',
      options: {
        statements: [
          {
            Effect: 'Deny',
            Action: ['SNS:Publish', 'sns:subscribe'],
            Principal: '*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Resource: '{topic_arn}',
          },
        ],
      },
      resources: [topic('both', ['sns:Subscribe', 'SNS:Publish']), topic('one', 'SNS:Publish')],
      matches: [`${ARN}both`],
    },
  ],
});
