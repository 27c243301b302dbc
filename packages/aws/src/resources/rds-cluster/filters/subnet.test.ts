import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import clusters from '../resource.js';
import subnet from './subnet.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-subnet', import.meta.url));

// Flight data: subnet groups public-group (subnet-0f1 public, subnet-0f2) and private-group
// (subnet-0f2); a cluster names its group in DBSubnetGroup.
const resources = [
  { DBClusterIdentifier: 'c-public', DBSubnetGroup: 'public-group' },
  { DBClusterIdentifier: 'c-private', DBSubnetGroup: 'private-group' },
];

testFilter(subnet, {
  resourceType: clusters,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'MapPublicIpOnLaunch', value: true }],
  invalid: [
    { options: { key: 'MapPublicIpOnLaunch', operator: 'xor' }, messageId: 'schema', path: ['operator'] },
  ],
  cases: [
    {
      name: 'op and default (an absent key reads as the default)',
      options: { key: 'tag:Tier', value: 'public', op: 'ne', default: 'public' },
      resources,
      matches: [],
    },
    {
      name: 'a public subnet in the group',
      options: { key: 'MapPublicIpOnLaunch', value: true },
      resources,
      matches: ['c-public'],
    },
    {
      name: 'every subnet private',
      options: { key: 'MapPublicIpOnLaunch', value: false, operator: 'and' },
      resources,
      matches: ['c-private'],
    },
  ],
});
