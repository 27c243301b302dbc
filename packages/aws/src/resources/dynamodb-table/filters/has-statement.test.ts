import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import tables from '../resource.js';
import hasStatement from './has-statement.js';

// GetResourcePolicy in call order: shared's policy (a partner account may GetItem; insecure
// transport denied), then PolicyNotFoundException for private.
const flight = fileURLToPath(new URL('../__fixtures__/policy', import.meta.url));
const ARN = 'arn:aws:dynamodb:us-east-1:123456789012:table/';
const resources = [
  { TableName: 'shared', TableArn: `${ARN}shared` },
  { TableName: 'private', TableArn: `${ARN}private` },
];

testFilter(hasStatement, {
  resourceType: tables,
  context: {
    accountId: '123456789012',
    region: 'us-east-1',
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ statement_ids: ['DenyInsecure'] }],
  invalid: [{ options: { statement_ids: 'DenyInsecure' }, messageId: 'schema' }],
  cases: [
    {
      name: '{table_arn} in a statement; a table without a policy never matches',
      options: {
        statements: [
          {
            Effect: 'Deny',
            Action: 'dynamodb:*',
            Principal: '*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Resource: '{table_arn}',
          },
        ],
      },
      resources,
      matches: ['shared'],
    },
  ],
});
