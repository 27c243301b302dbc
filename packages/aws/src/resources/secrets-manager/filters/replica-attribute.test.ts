import { testFilter } from '@c7n-ts/core/testing';
import secrets from '../resource.js';
import replicaAttribute from './replica-attribute.js';

// Replicas are described in their regions (DescribeSecret): the e2e case covers the calls.
testFilter(replicaAttribute, {
  resourceType: secrets,
  valid: [{ key: 'LastAccessedDate', op: 'ge', value: '2023-01-01', value_type: 'date' }],
  invalid: [{ options: { key: 'Region', region: 'x' }, messageId: 'schema' }],
  cases: [
    {
      name: 'a secret without replicas does not match (the primary is not tested)',
      options: { key: 'Name', value: 'db' },
      resources: [{ Name: 'db', ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf' }],
      matches: [],
    },
  ],
});
