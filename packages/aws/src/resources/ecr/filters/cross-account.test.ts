import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import crossAccount from './cross-account.js';

// Policies already fetched (`Policy`) are not fetched again; the e2e case covers the call.
const repo = (repositoryName: string, ...Statement: unknown[]): Resource => ({
  repositoryName,
  Policy: JSON.stringify({ Version: '2012-10-17', Statement }),
});
const allow = (Principal: unknown) => ({ Sid: 's', Effect: 'Allow', Principal, Action: 'ecr:BatchGetImage' });

testFilter(crossAccount, {
  resourceType: resource,
  context: { accountId: '123456789012' },
  valid: [{}, { whitelist: ['222233334444'] }, { everyone_only: true }],
  invalid: [{ options: { whitelist: '222233334444' }, messageId: 'schema' }],
  cases: [
    {
      name: 'another account or everyone; the own account does not',
      options: {},
      resources: [
        repo('other', allow({ AWS: 'arn:aws:iam::222233334444:root' })),
        repo('public', allow('*')),
        repo('own', allow({ AWS: 'arn:aws:iam::123456789012:root' })),
      ],
      matches: ['other', 'public'],
    },
    {
      name: 'an allowed account does not match',
      options: { whitelist: ['222233334444'] },
      resources: [repo('other', allow({ AWS: 'arn:aws:iam::222233334444:root' }))],
      matches: [],
    },
  ],
});
