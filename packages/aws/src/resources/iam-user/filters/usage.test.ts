import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import users from '../resource.js';
import usage from './usage.js';

// Access advisor, per case: jobs for alice, gone (NoSuchEntity: skipped), bob, carol; round 1
// completes alice (DynamoDB used on 2020-05-25, S3 never) and carol (nothing used), bob's job
// completes in round 2 (S3 used in 2019).
const replay = fileURLToPath(new URL('../__fixtures__/usage', import.meta.url));
const arn = (name: string) => `arn:aws:iam::123456789012:user/${name}`;
const resources = ['alice', 'gone', 'bob', 'carol'].map((name) => ({ UserName: name, Arn: arn(name) }));

testFilter(usage, {
  resourceType: users,
  now: Date.parse('2020-06-01T00:00:00Z'),
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay }),
  },
  valid: [
    { 'match-operator': 'all', LastAuthenticated: null },
    {
      'match-operator': 'any',
      ServiceName: 'Amazon S3',
      LastAuthenticatedEntity: { op: 'glob', value: '*:role/*' },
    },
    {
      'match-operator': 'any',
      'poll-delay': 5,
      ServiceNamespace: 'dynamodb',
      LastAuthenticated: { type: 'value', value_type: 'age', op: 'less-than', value: 30 },
    },
  ],
  invalid: [
    { options: { LastAuthenticated: null }, messageId: 'schema' },
    { options: { 'match-operator': 'some' }, messageId: 'schema', path: ['match-operator'] },
    { options: { 'match-operator': 'all', Region: 'x' }, messageId: 'schema' },
    {
      options: { 'match-operator': 'all', LastAuthenticated: { value_type: 'age', value: 'old', op: 'lt' } },
      messageId: 'invalid-age-value',
      path: ['LastAuthenticated', 'value'],
    },
  ],
  cases: [
    {
      name: 'used nothing in the last year',
      options: { 'match-operator': 'all', LastAuthenticated: null },
      resources,
      matches: ['carol'],
    },
    {
      name: 'used DynamoDB in the last 30 days (value filter options on an attribute)',
      options: {
        'match-operator': 'any',
        ServiceNamespace: 'dynamodb',
        TotalAuthenticatedEntities: 1,
        LastAuthenticated: { type: 'value', value_type: 'age', op: 'less-than', value: 30 },
      },
      resources,
      matches: ['alice'],
    },
    {
      name: 'any record',
      options: { 'match-operator': 'any', ServiceNamespace: 'dynamodb' },
      resources,
      matches: ['alice', 'carol'],
    },
    {
      name: 'every record',
      options: { 'match-operator': 'all', ServiceNamespace: 's3' },
      resources,
      matches: ['bob'],
    },
  ],
});
