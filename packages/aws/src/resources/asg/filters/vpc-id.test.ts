import { testFilter } from '@c7n-ts/core/testing';
import { groups, provider } from '../__fixtures__/launch/groups.js';
import asg from '../resource.js';
import vpcId from './vpc-id.js';

testFilter(vpcId, {
  resourceType: asg,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [{ value: 'vpc-1' }, { value: 'vpc-*', op: 'glob' }],
  invalid: [{ options: { key: 'VpcId', value: 'vpc-1' }, messageId: 'schema' }],
  cases: [
    {
      name: "the VPC of the group's first subnet; gone subnets and no subnets do not match",
      options: { value: 'vpc-1' },
      resources: groups(),
      matches: ['web'],
    },
    {
      name: 'absent: no known subnet',
      options: { value: 'absent' },
      resources: groups(),
      matches: ['enc', 'gone'],
    },
  ],
});
