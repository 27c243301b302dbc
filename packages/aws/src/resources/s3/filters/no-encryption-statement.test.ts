import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import noEncryptionStatement from './no-encryption-statement.js';

const deny = (extra: Record<string, unknown> = {}) => ({
  Sid: 'DenyUnencrypted',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:PutObject',
  Resource: 'arn:aws:s3:::b/*',
  Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': ['AES256', 'aws:kms'] } },
  ...extra,
});
const withPolicy = (Name: string, ...Statement: unknown[]): Resource => ({
  Name,
  Policy: JSON.stringify({ Version: '2012-10-17', Statement }),
});

testFilter(noEncryptionStatement, {
  resourceType: s3,
  valid: [{}],
  invalid: [{ options: { statement_ids: ['x'] }, messageId: 'schema' }],
  cases: [
    {
      name: 'buckets without the statement, or without a policy',
      options: {},
      resources: [
        withPolicy(
          'encrypted',
          { Sid: 'Read', Effect: 'Allow', Principal: '*', Action: 's3:GetObject' },
          deny(),
        ),
        withPolicy(
          'other-values',
          deny({ Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } } }),
        ),
        withPolicy('allow', deny({ Effect: 'Allow' })),
        { Name: 'no-policy' },
      ],
      matches: ['other-values', 'allow', 'no-policy'],
    },
    {
      name: "as in Cloud Custodian, an earlier statement's Sid carries over to one without",
      options: {},
      resources: [withPolicy('sidless', { Sid: 'Read', Effect: 'Allow' }, deny({ Sid: undefined }))],
      matches: ['sidless'],
    },
  ],
});
