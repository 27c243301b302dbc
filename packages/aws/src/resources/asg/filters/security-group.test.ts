import { testFilter } from '@c7n-ts/core/testing';
import { groups, provider } from '../__fixtures__/launch/groups.js';
import asg from '../resource.js';
import securityGroup from './security-group.js';

testFilter(securityGroup, {
  resourceType: asg,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [{ key: 'GroupName', value: 'default' }],
  invalid: [{ options: { key: 'GroupName', value: 'default', igw: true }, messageId: 'schema' }],
  cases: [
    {
      // c7n compares each group with the security groups of every configuration of the set.
      name: 'every group, when any configuration of the set has a matching security group',
      options: { key: 'GroupName', value: 'default' },
      resources: groups(),
      matches: ['web', 'batch', 'enc', 'gone'],
    },
    { name: 'none matching', options: { key: 'GroupName', value: 'db' }, resources: groups(), matches: [] },
  ],
});
