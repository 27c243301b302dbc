import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import crossAccount from './cross-account.js';

// Policies already fetched (`c7n:AccessPolicy`) are not fetched again; the e2e case covers the call.
const secret = (Name: string, ...Statement: unknown[]): Resource => ({
  Name,
  ARN: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${Name}-AbCdEf`,
  'c7n:AccessPolicy': Statement.length ? JSON.stringify({ Version: '2012-10-17', Statement }) : null,
});
const allow = (Principal: unknown) => ({
  Effect: 'Allow',
  Principal,
  Action: 'secretsmanager:*',
  Resource: '*',
});

testFilter(crossAccount, {
  resourceType: resource,
  context: { accountId: '123456789012' },
  valid: [{}, { whitelist: ['222233334444'] }],
  invalid: [{ options: { whitelist: '222233334444' }, messageId: 'schema' }],
  cases: [
    {
      name: 'another account or everyone; the own account and no policy do not',
      options: {},
      resources: [
        secret('other', allow({ AWS: 'arn:aws:iam::222233334444:root' })),
        secret('public', allow('*')),
        secret('own', allow({ AWS: 'arn:aws:iam::123456789012:root' })),
        secret('none'),
      ],
      matches: ['other', 'public'],
    },
    {
      name: 'an allowed account does not match',
      options: { whitelist: ['222233334444'] },
      resources: [secret('other', allow({ AWS: 'arn:aws:iam::222233334444:root' }))],
      matches: [],
    },
  ],
});
