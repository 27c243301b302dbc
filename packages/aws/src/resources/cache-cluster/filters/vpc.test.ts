import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import clusters from '../resource.js';
import vpc from './vpc.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-vpc', import.meta.url));

// Flight data: public-group in vpc-0e1 (the default VPC), private-group in vpc-0e2.
const resources = [
  { CacheClusterId: 'c-default', CacheSubnetGroupName: 'public-group' },
  { CacheClusterId: 'c-own', CacheSubnetGroupName: 'private-group' },
];

testFilter(vpc, {
  resourceType: clusters,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'IsDefault', value: true }],
  invalid: [{ options: { key: 'IsDefault', op: 'bigger' }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'in the default VPC',
      options: { key: 'IsDefault', value: true },
      resources,
      matches: ['c-default'],
    },
    { name: 'not', options: { key: 'IsDefault', value: false }, resources, matches: ['c-own'] },
  ],
});
