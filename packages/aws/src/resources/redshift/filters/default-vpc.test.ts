import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import redshift from '../resource.js';
import defaultVpc from './default-vpc.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-default-vpc', import.meta.url));

// Flight data: vpc-0b2 is the default VPC.
const resources = [
  { ClusterIdentifier: 'rs-custom', VpcId: 'vpc-0b1' },
  { ClusterIdentifier: 'rs-default', VpcId: 'vpc-0b2' },
  { ClusterIdentifier: 'rs-classic' },
];

testFilter(defaultVpc, {
  resourceType: redshift,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{}],
  invalid: [{ options: { value: true }, messageId: 'schema' }],
  cases: [{ name: 'in the default vpc', options: {}, resources, matches: ['rs-default'] }],
});
