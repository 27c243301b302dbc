import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import clusters from '../resource.js';
import securityGroup from './security-group.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-security-group', import.meta.url));

// Flight data: sg-0c1 (default, Env=prod) and sg-0c2 (cache-PROD-ONLY, Env=dev).
const cluster = (id: string, ...groups: string[]) => ({
  ClusterIdentifier: id,
  VpcSecurityGroups: groups.map((VpcSecurityGroupId) => ({ VpcSecurityGroupId, Status: 'active' })),
});
const resources = [
  cluster('c-default', 'sg-0c1'),
  cluster('c-prod', 'sg-0c2'),
  cluster('c-both', 'sg-0c2', 'sg-0c1'),
];

testFilter(securityGroup, {
  resourceType: clusters,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'GroupName', value: 'default' }],
  invalid: [
    { options: { key: 'GroupName', value: '(', op: 'regex' }, messageId: 'invalid-regex', path: ['value'] },
  ],
  cases: [
    {
      name: 'group name',
      options: { key: 'GroupName', value: 'default' },
      resources,
      matches: ['c-default', 'c-both'],
    },
    {
      name: 'and',
      options: { key: 'tag:Env', value: 'dev', operator: 'and' },
      resources,
      matches: ['c-prod'],
    },
  ],
});
