import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import domains from '../resource.js';
import hasStatement from './has-statement.js';

const ARN = 'arn:aws:es:us-east-1:123456789012:domain/';
const domain = (name: string, AWS: string): Resource => ({
  DomainName: name,
  ARN: `${ARN}${name}`,
  AccessPolicies: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS }, Action: 'es:*', Resource: `${ARN}${name}/*` }],
  }),
});

testFilter(hasStatement, {
  resourceType: domains,
  context: { accountId: '123456789012', region: 'us-east-1' },
  valid: [{ statement_ids: ['Open'] }],
  invalid: [{ options: { statements: [{ Action: 'es:*' }] }, messageId: 'schema' }],
  cases: [
    {
      name: '{domain_arn} in the AccessPolicies of the describe output; none, no match',
      options: {
        statements: [
          { Effect: 'Allow', Action: 'es:*', Principal: { AWS: '*' }, Resource: '{domain_arn}/*' },
        ],
      },
      resources: [
        domain('open', '*'),
        domain('own', 'arn:aws:iam::123456789012:root'),
        { DomainName: 'bare' },
      ],
      matches: ['open'],
    },
  ],
});
