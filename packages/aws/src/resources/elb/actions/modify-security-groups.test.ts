import { testAction } from '@c7n-ts/core/testing';
import elbs from '../resource.js';
import modifySecurityGroups from './modify-security-groups.js';

const elb = (name: string, ...groups: string[]): Record<string, unknown> => ({
  LoadBalancerName: name,
  VPCId: 'vpc-1',
  SecurityGroups: groups,
});

testAction(modifySecurityGroups, {
  resourceType: elbs,
  valid: [{ add: 'sg-1' }, { remove: 'network-location', 'isolation-group': 'sg-9' }],
  invalid: [
    { options: { remove: ['sg-1'] }, messageId: 'schema' },
    { options: { remove: 'all', add: 'sg-1' }, messageId: 'remove-all-needs-isolation', path: ['remove'] },
  ],
  cases: [
    {
      name: 'adds and removes groups by id, one ApplySecurityGroupsToLoadBalancer by name',
      options: { add: ['sg-3'], remove: ['sg-1'] },
      resources: [elb('web', 'sg-1', 'sg-2'), elb('api', 'sg-2')],
      calls: [
        {
          service: 'elb',
          operation: 'ApplySecurityGroupsToLoadBalancer',
          input: { LoadBalancerName: 'web', SecurityGroups: ['sg-2', 'sg-3'] },
          resourceIds: ['web'],
        },
        { input: { LoadBalancerName: 'api', SecurityGroups: ['sg-2', 'sg-3'] }, resourceIds: ['api'] },
      ],
    },
    {
      name: 'removes the matched groups, isolating a load balancer left with none',
      options: { remove: 'matched', 'isolation-group': 'sg-9' },
      resources: [
        { ...elb('web', 'sg-1', 'sg-2'), 'c7n:matched-security-groups': ['sg-1'] },
        { ...elb('api', 'sg-1'), 'c7n:matched-security-groups': ['sg-1'] },
      ],
      calls: [
        { input: { LoadBalancerName: 'web', SecurityGroups: ['sg-2'] } },
        { input: { LoadBalancerName: 'api', SecurityGroups: ['sg-9'] } },
      ],
    },
  ],
});
