import { testAction } from '@c7n-ts/core/testing';
import lambda from '../resource.js';
import modifySecurityGroups from './modify-security-groups.js';

const fn = (name: string, groups?: string[], extra: Record<string, unknown> = {}) => ({
  FunctionName: name,
  ...(groups ? { VpcConfig: { SubnetIds: ['subnet-1'], SecurityGroupIds: groups, VpcId: 'vpc-1' } } : {}),
  ...extra,
});

testAction(modifySecurityGroups, {
  resourceType: lambda,
  valid: [{ add: 'sg-1' }, { remove: 'matched', 'isolation-group': 'sg-9' }],
  invalid: [
    { options: { remove: ['sg-1'] }, messageId: 'schema' },
    { options: { remove: 'all', add: 'sg-1' }, messageId: 'remove-all-needs-isolation', path: ['remove'] },
  ],
  cases: [
    {
      name: 'a VPC function gets the group added; one outside a VPC is left alone',
      options: { add: 'sg-0new' },
      resources: [fn('in-vpc', ['sg-0a', 'sg-0b']), fn('no-vpc')],
      calls: [
        {
          service: 'lambda',
          operation: 'UpdateFunctionConfiguration',
          input: { FunctionName: 'in-vpc', VpcConfig: { SecurityGroupIds: ['sg-0a', 'sg-0b', 'sg-0new'] } },
          resourceIds: ['in-vpc'],
        },
      ],
    },
    {
      name: 'matched groups go; the isolation group stands in when none is left',
      options: { remove: 'matched', 'isolation-group': 'sg-0iso' },
      resources: [
        fn('a', ['sg-0a', 'sg-0b'], { 'c7n:matched-security-groups': ['sg-0a'] }),
        fn('b', ['sg-0a'], { 'c7n:matched-security-groups': ['sg-0a'] }),
      ],
      calls: [
        { input: { FunctionName: 'a', VpcConfig: { SecurityGroupIds: ['sg-0b'] } } },
        { input: { FunctionName: 'b', VpcConfig: { SecurityGroupIds: ['sg-0iso'] } } },
      ],
    },
    {
      name: 'only functions outside a VPC: nothing to do',
      options: { add: 'sg-0new' },
      resources: [fn('x')],
      calls: [],
    },
  ],
});
