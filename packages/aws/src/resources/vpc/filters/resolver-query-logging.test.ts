import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import vpcs from '../resource.js';
import resolverQueryLogging from './resolver-query-logging.js';

// Flight data: vpc-1 is associated (ACTIVE) with query log config rqlc-1 (to an S3 bucket);
// vpc-2 has no association.
const flight = fileURLToPath(new URL('../__fixtures__/resolver', import.meta.url));
const resources = () => [{ VpcId: 'vpc-1' }, { VpcId: 'vpc-2' }];

testFilter(resolverQueryLogging, {
  resourceType: vpcs,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{}, { state: false }],
  invalid: [
    { options: { state: 'yes' }, messageId: 'schema' },
    { options: { enabled: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'logging on (the default state)',
      options: {},
      resources: resources(),
      matches: ['vpc-1'],
    },
    { name: 'logging off', options: { state: false }, resources: resources(), matches: ['vpc-2'] },
  ],
});
