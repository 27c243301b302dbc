import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import redshift from '../resource.js';
import logging from './logging.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-logging', import.meta.url));

// Flight data, one answer per cluster in order: logging off, logging to s3://redshift-audit/prod/,
// ClusterNotFound.
const resources = [
  { ClusterIdentifier: 'rs-quiet' },
  { ClusterIdentifier: 'rs-audited' },
  { ClusterIdentifier: 'gone' },
];
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

testFilter(logging, {
  resourceType: redshift,
  context: { provider: await provider() },
  valid: [{ key: 'LoggingEnabled', value: false }],
  invalid: [{ options: { key: 'LoggingEnabled', op: 'bigger' }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'logging off; a cluster gone does not match',
      options: { key: 'LoggingEnabled', value: false },
      resources,
      matches: ['rs-quiet'],
    },
    {
      name: 'by bucket',
      options: { key: 'BucketName', value: 'redshift-audit' },
      resources,
      matches: ['rs-audited'],
    },
  ],
});
