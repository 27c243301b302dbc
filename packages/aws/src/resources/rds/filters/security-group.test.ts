import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import rds from '../resource.js';
import securityGroup from './security-group.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-security-group', import.meta.url));

// Flight data: sg-0a1 (default, Env=prod) and sg-0a2 (web, Env=dev).
const db = (id: string, ...groups: string[]) => ({
  DBInstanceIdentifier: id,
  VpcSecurityGroups: groups.map((VpcSecurityGroupId) => ({ VpcSecurityGroupId, Status: 'active' })),
});
const resources = [db('db-default', 'sg-0a1'), db('db-web', 'sg-0a2'), db('db-both', 'sg-0a2', 'sg-0a1')];

testFilter(securityGroup, {
  resourceType: rds,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'GroupName', value: '(.*PROD-ONLY.*)', op: 'regex' }],
  invalid: [
    { options: { key: 'GroupName', value: '(', op: 'regex' }, messageId: 'invalid-regex', path: ['value'] },
  ],
  cases: [
    {
      name: 'group name',
      options: { key: 'GroupName', value: 'default' },
      resources,
      matches: ['db-default', 'db-both'],
    },
    {
      name: 'and',
      options: { key: 'tag:Env', value: 'dev', operator: 'and' },
      resources,
      matches: ['db-web'],
    },
  ],
});
