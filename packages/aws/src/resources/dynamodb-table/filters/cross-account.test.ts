import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import tables from '../resource.js';
import crossAccount from './cross-account.js';

// GetResourcePolicy in call order: shared's policy lets account 210987654321 GetItem, then
// PolicyNotFoundException for private.
const flight = fileURLToPath(new URL('../__fixtures__/policy', import.meta.url));
const ARN = 'arn:aws:dynamodb:us-east-1:123456789012:table/';
const resources = [
  { TableName: 'shared', TableArn: `${ARN}shared` },
  { TableName: 'private', TableArn: `${ARN}private` },
];
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

testFilter(crossAccount, {
  resourceType: tables,
  context: { accountId: '123456789012', provider: await provider() },
  valid: [{}, { whitelist: ['210987654321'] }],
  invalid: [{ options: { whitelist: '210987654321' }, messageId: 'schema' }],
  cases: [
    { name: 'another account allowed; no policy, no match', options: {}, resources, matches: ['shared'] },
  ],
});

testFilter(crossAccount, {
  resourceType: tables,
  context: { accountId: '123456789012', provider: await provider() },
  cases: [{ name: 'that account allowed', options: { whitelist: ['210987654321'] }, resources, matches: [] }],
});
