import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import redshift from '../resource.js';
import subnet from './subnet.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-subnet', import.meta.url));

// Flight data: cluster subnet groups public-group (subnet-0a1 public, subnet-0a2; page 1) and
// private-group (subnet-0a2; page 2); a cluster names its group in ClusterSubnetGroupName.
const resources = [
  { ClusterIdentifier: 'rs-public', ClusterSubnetGroupName: 'public-group' },
  { ClusterIdentifier: 'rs-private', ClusterSubnetGroupName: 'private-group' },
];

testFilter(subnet, {
  resourceType: redshift,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'MapPublicIpOnLaunch', value: true }],
  invalid: [
    { options: { key: 'MapPublicIpOnLaunch', operator: 'xor' }, messageId: 'schema', path: ['operator'] },
  ],
  cases: [
    {
      name: 'a public subnet in the group',
      options: { key: 'MapPublicIpOnLaunch', value: true },
      resources,
      matches: ['rs-public'],
    },
    {
      name: 'every subnet private',
      options: { key: 'MapPublicIpOnLaunch', value: false, operator: 'and' },
      resources,
      matches: ['rs-private'],
    },
  ],
});
