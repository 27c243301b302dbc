import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import functions from '../resource.js';
import securityGroup from './security-group.js';

const flight = fileURLToPath(new URL('../__fixtures__/network', import.meta.url));

// Flight data: sg-0a1 (default) and sg-0a2 (fn-egress, Env=prod); `outside` has no VpcConfig.
const fn = (name: string, ...groups: string[]) => ({
  FunctionName: name,
  VpcConfig: { SubnetIds: ['subnet-0f1'], SecurityGroupIds: groups, VpcId: 'vpc-0e1' },
});
const resources = [
  fn('in-default', 'sg-0a1'),
  fn('in-egress', 'sg-0a2'),
  fn('in-both', 'sg-0a2', 'sg-0a1'),
  { FunctionName: 'outside' },
];

testFilter(securityGroup, {
  resourceType: functions,
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
      matches: ['in-default', 'in-both'],
    },
    {
      name: 'a tag',
      options: { key: 'tag:Env', value: 'prod' },
      resources,
      matches: ['in-egress', 'in-both'],
    },
  ],
});
