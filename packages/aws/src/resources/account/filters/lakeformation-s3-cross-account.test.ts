import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import lakeformation, { arnResource } from './lakeformation-s3-cross-account.js';

testFilter(lakeformation, {
  resourceType: account,
  valid: [{}],
  invalid: [
    { options: { key: 'x', value: 1 }, messageId: 'ignored', path: ['key'] },
    { options: { bucket: 'x' }, messageId: 'schema' },
  ],
});

it.each([
  ['lake', 1, ['partner-shared-data']],
  ['unset', 0, undefined],
] as const)('%s matches %i', async (fixture, n, crossAccount) => {
  const { matched, account: a, calls } = await runOnAccount(lakeformation, fixture, {});
  expect(matched).toBe(n);
  expect(a['c7n:lake-cross-account-s3']).toEqual(crossAccount);
  expect(calls.map((c) => c.operation)).toEqual(['ListResources', 'ListBuckets']);
});

it.each([
  ['arn:aws:s3:::bucket', 'bucket'],
  // As c7n's Arn.parse: an S3 location keeps its prefix.
  ['arn:aws:s3:::bucket/raw/2026', 'bucket/raw/2026'],
  ['arn:aws:dynamodb:us-east-1:123456789012:table/orders', 'orders'],
])('arnResource(%s) = %s', (arn, resource) => {
  expect(arnResource(arn)).toBe(resource);
});
