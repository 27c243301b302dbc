import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import s3 from '../resource.js';
import bucketLogging from './bucket-logging.js';

// iam ListAccountAliases answers `acme`.
const dir = fileURLToPath(new URL('../__fixtures__/bucket-logging', import.meta.url));
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
const buckets = (): Resource[] => [
  { Name: 'right', Logging: { TargetBucket: '123456789012-us-east-1-s3-logs', TargetPrefix: 'acme/right/' } },
  {
    Name: 'default-prefix',
    Logging: { TargetBucket: '123456789012-us-east-1-s3-logs', TargetPrefix: 'default-prefix/' },
  },
  { Name: 'elsewhere', Logging: { TargetBucket: 'other-logs', TargetPrefix: 'elsewhere/' } },
  { Name: 'off', Logging: {} },
];

testFilter(bucketLogging, {
  resourceType: s3,
  context: { provider, accountId: '123456789012', region: 'us-east-1' },
  valid: [{ op: 'enabled' }, { op: 'ne', target_bucket: 'logs', target_prefix: '{source_bucket_name}/' }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { op: 'on' }, messageId: 'schema', path: ['op'] },
  ],
  cases: [
    {
      name: 'enabled',
      options: { op: 'enabled' },
      resources: buckets(),
      matches: ['right', 'default-prefix', 'elsewhere'],
    },
    { name: 'disabled', options: { op: 'disabled' }, resources: buckets(), matches: ['off'] },
    {
      name: 'equal, with {account} from the account alias',
      options: {
        op: 'equal',
        target_bucket: '{account_id}-{region}-s3-logs',
        target_prefix: '{account}/{source_bucket_name}/',
      },
      resources: buckets(),
      matches: ['right'],
    },
    {
      name: 'not-equal; the prefix defaults to the bucket name',
      options: { op: 'not-equal', target_bucket: '{account_id}-{region}-s3-logs' },
      resources: buckets(),
      matches: ['right', 'elsewhere', 'off'],
    },
    {
      name: 'eq without a target bucket: logging off',
      options: { op: 'eq' },
      resources: buckets(),
      matches: ['off'],
    },
    {
      name: 'ne',
      options: { op: 'ne' },
      resources: buckets(),
      matches: ['right', 'default-prefix', 'elsewhere'],
    },
  ],
});
