import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import secrets from '../resource.js';
import hasStatement from './has-statement.js';

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:';
// Policies already read (`Policy`) are not read again; the e2e case covers GetResourcePolicy.
const secret = (name: string, Sid: string): Resource => ({
  Name: name,
  ARN: `${ARN}${name}`,
  Policy: JSON.stringify({
    Statement: [
      {
        Sid,
        Effect: 'Deny',
        Principal: '*',
        Action: 'secretsmanager:GetSecretValue',
        Resource: `${ARN}${name}`,
      },
    ],
  }),
});

testFilter(hasStatement, {
  resourceType: secrets,
  context: { accountId: '123456789012', region: 'us-east-1' },
  valid: [{ statement_ids: ['DenyAll'] }],
  invalid: [{ options: { statement_ids: 'DenyAll' }, messageId: 'schema' }],
  cases: [
    {
      name: 'by Sid',
      options: { statement_ids: ['DenyAll'] },
      resources: [secret('a', 'DenyAll'), secret('b', 'Other')],
      matches: [`a`],
    },
    {
      name: '{secret_arn} filled from the secret',
      options: {
        statements: [
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 'secretsmanager:GetSecretValue',
            Resource: '{secret_arn}',
          },
        ],
      },
      resources: [secret('a', 'X'), { ...secret('b', 'Y'), ARN: `${ARN}elsewhere` }],
      matches: ['a'],
    },
  ],
});
