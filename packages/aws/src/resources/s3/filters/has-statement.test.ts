import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import s3 from '../resource.js';
import hasStatement from './has-statement.js';

const policy = (Name: string, ...Statement: Record<string, unknown>[]) => ({
  Name,
  Policy: JSON.stringify({ Version: '2012-10-17', Statement }),
});

const buckets = [
  policy(
    'deny-unencrypted',
    {
      Sid: 'RequireEncryptedPutObject',
      Effect: 'Deny',
      Principal: '*',
      Action: 'S3:PutObject',
      Resource: 'arn:aws:s3:::deny-unencrypted/*',
      Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': ['aws:kms', 'AES256'] } },
    },
    {
      Sid: 'Zebra',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: '*',
    },
  ),
  policy('other', {
    Sid: 'Zebra',
    Effect: 'Deny',
    Principal: '*',
    Action: ['s3:PutObject'],
    Resource: 'arn:aws:s3:::other/*',
  }),
  { Name: 'no-policy', Policy: null },
];

const denyPut = {
  Effect: 'Deny',
  Action: 's3:PutObject',
  Principal: '*',
  Resource: 'arn:aws:s3:::{bucket_name}/*',
};

testFilter(hasStatement, {
  resourceType: s3,
  valid: [
    { statement_ids: ['Zebra'] },
    { statements: [{ Effect: 'Allow', Action: 's3:*', PartialMatch: 'Action' }] },
  ],
  invalid: [
    { options: { statements: [{ Action: 's3:*' }] }, messageId: 'schema', path: ['statements', '0'] },
    {
      options: { statements: [{ Effect: 'Allow', Actions: 's3:*' }] },
      messageId: 'schema',
      path: ['statements', '0'],
    },
    { options: { statements: [{ Effect: 'Allow', PartialMatch: 'Sid' }] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'statement ids',
      options: { statement_ids: ['Zebra'] },
      resources: buckets,
      matches: ['deny-unencrypted', 'other'],
    },
    {
      name: 'every id is required',
      options: { statement_ids: ['Zebra', 'RequireEncryptedPutObject'] },
      resources: buckets,
      matches: ['deny-unencrypted'],
    },
    // Strings are formatted per bucket; a string equals a one-item list; actions ignore case.
    // The first bucket's statement has a Sid and Condition the required one lacks: still equal
    // on every key the required statement names.
    {
      name: 'statements with {bucket_name}',
      options: { statements: [denyPut] },
      resources: buckets,
      matches: ['deny-unencrypted', 'other'],
    },
    {
      name: 'condition values compare as sets',
      options: {
        statements: [
          {
            Effect: 'Deny',
            Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': ['AES256', 'aws:kms'] } },
          },
        ],
      },
      resources: buckets,
      matches: ['deny-unencrypted'],
    },
    {
      name: 'a list must be equal unless partially matched',
      options: { statements: [{ Effect: 'Allow', Action: 's3:GetObject' }] },
      resources: buckets,
      matches: [],
    },
    {
      name: 'PartialMatch Action',
      options: { statements: [{ Effect: 'Allow', Action: ['S3:GetObject'], PartialMatch: 'Action' }] },
      resources: buckets,
      matches: ['deny-unencrypted'],
    },
    {
      name: 'PartialMatch Condition needs the keys only',
      options: {
        statements: [
          {
            Effect: 'Deny',
            Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'x' } },
            PartialMatch: ['Condition'],
          },
        ],
      },
      resources: buckets,
      matches: ['deny-unencrypted'],
    },
  ],
});

it('has-statement reads Policy, and Location only for {bucket_region}', () => {
  expect(hasStatement.reads?.({ statements: [denyPut] }, s3)).toEqual(['Policy']);
  expect(hasStatement.reads?.({ statements: [{ Effect: 'Deny', Resource: '{bucket_region}' }] }, s3)).toEqual(
    ['Policy', 'Location'],
  );
});
