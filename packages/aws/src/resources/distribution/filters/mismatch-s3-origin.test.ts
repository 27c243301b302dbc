import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import distribution from '../resource.js';
import mismatchS3Origin from './mismatch-s3-origin.js';

const flight = fileURLToPath(new URL('../__fixtures__/buckets', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const origins = (...items: Record<string, unknown>[]) => ({ Quantity: items.length, Items: items });
const s3 = (domain: string) => ({
  DomainName: domain,
  OriginPath: '',
  S3OriginConfig: { OriginAccessIdentity: '' },
});
const custom = (domain: string, path = '') => ({
  DomainName: domain,
  OriginPath: path,
  CustomOriginConfig: { HTTPPort: 80 },
});
const dists = (): Record<string, unknown>[] => [
  { Id: 'EMINE', Origins: origins(s3('mine.s3.amazonaws.com')) },
  { Id: 'EGONE', Origins: origins(s3('gone.s3.us-west-2.amazonaws.com')) },
  { Id: 'EWEBSITE', Origins: origins(custom('s3-website-us-east-1.amazonaws.com', '/elsewhere')) },
];

// ListBuckets: only `mine` is in the account.
testFilter(mismatchS3Origin, {
  resourceType: distribution,
  context: { provider: await provider() },
  valid: [{}, { check_custom_origins: true }],
  invalid: [{ options: { check_custom_origins: 'yes' }, messageId: 'schema' }],
  cases: [
    {
      name: 'an S3 origin bucket not in the account',
      options: {},
      resources: dists(),
      matches: ['EGONE', 'EWEBSITE'],
    },
    {
      name: 'custom S3 website origins: the bucket from the origin path',
      options: { check_custom_origins: true },
      resources: [dists()[0] as Record<string, unknown>, dists()[2] as Record<string, unknown>],
      matches: ['EWEBSITE'],
    },
  ],
});
