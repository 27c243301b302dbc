import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import distribution from '../resource.js';
import s3OriginMissing, { originBucket } from './s3-origin-missing.js';

// ListBuckets: `mine` and `www.example.com`; HeadBucket answers 404 for `gone` (the first bucket
// not owned, in name order), 403 for `theirs` (another account's).
const flight = fileURLToPath(new URL('../__fixtures__/origin-buckets', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const origins = (...domains: string[]) => ({
  Quantity: domains.length,
  Items: domains.map((d) => ({
    DomainName: d,
    OriginPath: '',
    S3OriginConfig: { OriginAccessIdentity: '' },
  })),
});
const custom = (domain: string) => ({
  Quantity: 1,
  Items: [{ DomainName: domain, OriginPath: '', CustomOriginConfig: { HTTPPort: 80 } }],
});

describe('originBucket', () => {
  it.each([
    ['mine.s3.amazonaws.com', 'mine'],
    ['mine.s3.eu-west-1.amazonaws.com', 'mine'],
    ['mine.s3-us-west-2.amazonaws.com', 'mine'],
    ['www.example.com.s3-website-us-east-1.amazonaws.com', 'www.example.com'],
    ['www.example.com.s3-website.eu-central-1.amazonaws.com', 'www.example.com'],
    ['Mine.S3.amazonaws.com.', 'mine'],
    ['us-gov.s3.us-gov-west-1.amazonaws.com', 'us-gov'],
  ])('%s names bucket %s', (domain, bucket) => expect(originBucket(domain)).toBe(bucket));

  it.each([
    'my-alb-1234.us-east-1.elb.amazonaws.com',
    'abc.data.mediastore.us-east-1.amazonaws.com',
    'origin.example.com',
    's3-website-us-east-1.amazonaws.com',
    'mine.s3-website.amazonaws.com',
    'mine.s3.amazonaws.com.evil.example',
    'd111111abcdef8.cloudfront.net',
  ])('%s is not an S3 origin', (domain) => expect(originBucket(domain)).toBeUndefined());
});

testFilter(s3OriginMissing, {
  resourceType: distribution,
  context: { provider: await provider() },
  valid: [{}],
  invalid: [{ options: { bucket: 'x' }, messageId: 'schema' }],
  cases: [
    {
      name: 'not-S3 origins are never reported (no call made)',
      options: {},
      resources: [
        { Id: 'EALB', Origins: custom('my-alb-1234.us-east-1.elb.amazonaws.com') },
        { Id: 'EMEDIA', Origins: custom('abc.data.mediastore.us-east-1.amazonaws.com') },
        { Id: 'ENONE', Origins: { Quantity: 0, Items: [] } },
      ],
      matches: [],
    },
    {
      name: 'a bucket that answers 404 is missing; owned and foreign (403) buckets are not',
      options: {},
      resources: [
        { Id: 'EMINE', Origins: origins('mine.s3.amazonaws.com') },
        { Id: 'EGONE', Origins: origins('mine.s3.amazonaws.com', 'gone.s3.us-west-2.amazonaws.com') },
        { Id: 'ETHEIRS', Origins: origins('theirs.s3-eu-west-1.amazonaws.com') },
        { Id: 'EWEBSITE', Origins: custom('www.example.com.s3-website-us-east-1.amazonaws.com') },
        { Id: 'EGONEWEB', Origins: custom('gone.s3-website.us-west-2.amazonaws.com') },
      ],
      matches: ['EGONE', 'EGONEWEB'],
    },
  ],
});

it('annotates the missing buckets', async () => {
  const p = await provider();
  const d: Record<string, unknown> = {
    Id: 'EGONE',
    Origins: origins('gone.s3.amazonaws.com', 'mine.s3.amazonaws.com'),
  };
  const evaluator = s3OriginMissing.compile({}, {} as never);
  if (evaluator.kind !== 'process') throw new Error('a process filter');
  // HeadBucket_1 answers 404 (one bucket not owned: one call).
  expect(await evaluator.process([d], { now: 0, provider: p, region: 'us-east-1' })).toHaveLength(1);
  expect(d['c7n:missing-s3-origins']).toEqual(['gone']);
});
