import type { Resource } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import { replayReader } from './_replay.js';
import toggleLogging from './toggle-logging.js';

// iam ListAccountAliases answers `acme`.
const replay = replayReader('action-toggle-logging');
const logs = '123456789012-us-east-1-s3-logs';
const buckets = (): Resource[] => [
  { Name: 'right', Logging: { TargetBucket: logs, TargetPrefix: 'acme/right/' } },
  { Name: 'elsewhere', Logging: { TargetBucket: 'old-logs', TargetPrefix: 'elsewhere/' } },
  { Name: 'off', Logging: {} },
];

testAction(toggleLogging, {
  resourceType: s3,
  context: { read: replay.read },
  valid: [
    { target_bucket: 'logs' },
    { enabled: false },
    { target_bucket: 'logs', target_prefix: '{account}/' },
  ],
  invalid: [
    { options: {}, messageId: 'target-required' },
    { options: { enabled: true, target_prefix: 'x/' }, messageId: 'target-required' },
    { options: { enabled: 'yes' }, messageId: 'schema', path: ['enabled'] },
  ],
  cases: [
    {
      name: 'enables where logging is off or goes elsewhere, with the variables filled in',
      options: {
        target_bucket: '{account_id}-{region}-s3-logs',
        target_prefix: '{account}/{source_bucket_name}/',
      },
      resources: buckets(),
      calls: [
        {
          service: 's3',
          operation: 'PutBucketLogging',
          input: {
            Bucket: 'elsewhere',
            BucketLoggingStatus: { LoggingEnabled: { TargetBucket: logs, TargetPrefix: 'acme/elsewhere/' } },
          },
          resourceIds: ['elsewhere'],
          describe: `log elsewhere to ${logs}/acme/elsewhere/`,
        },
        {
          input: {
            Bucket: 'off',
            BucketLoggingStatus: { LoggingEnabled: { TargetBucket: logs, TargetPrefix: 'acme/off/' } },
          },
        },
      ],
    },
    {
      name: 'the prefix defaults to the bucket name',
      options: { target_bucket: 'central-logs' },
      resources: [{ Name: 'off', Logging: {} }],
      calls: [
        {
          input: {
            BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'central-logs', TargetPrefix: 'off/' } },
          },
        },
      ],
    },
    {
      name: 'enabled: false turns logging off where it is on',
      options: { enabled: false },
      resources: buckets(),
      calls: [
        { input: { Bucket: 'right', BucketLoggingStatus: {} }, describe: 'turn off access logging of right' },
        { input: { Bucket: 'elsewhere', BucketLoggingStatus: {} } },
      ],
    },
  ],
});
