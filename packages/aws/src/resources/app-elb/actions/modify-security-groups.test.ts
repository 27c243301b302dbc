import { testAction } from '@c7n-ts/core/testing';
import albs from '../resource.js';
import modifySecurityGroups from './modify-security-groups.js';

const arn = (name: string) =>
  `arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/${name}/1`;
const alb = (name: string, ...groups: string[]): Record<string, unknown> => ({
  LoadBalancerArn: arn(name),
  LoadBalancerName: name,
  VpcId: 'vpc-1',
  SecurityGroups: groups,
});

testAction(modifySecurityGroups, {
  resourceType: albs,
  valid: [{ add: 'sg-1' }, { remove: 'matched', 'isolation-group': 'sg-9' }],
  invalid: [
    { options: { remove: ['sg-1'] }, messageId: 'schema' },
    { options: { remove: 'all', add: 'sg-1' }, messageId: 'remove-all-needs-isolation', path: ['remove'] },
  ],
  cases: [
    {
      name: 'adds and removes groups by id, one SetSecurityGroups per load balancer',
      options: { add: 'sg-3', remove: ['sg-1'] },
      resources: [alb('web', 'sg-1', 'sg-2'), alb('api', 'sg-2')],
      calls: [
        {
          service: 'elbv2',
          operation: 'SetSecurityGroups',
          input: { LoadBalancerArn: arn('web'), SecurityGroups: ['sg-2', 'sg-3'] },
          resourceIds: [arn('web')],
        },
        {
          input: { LoadBalancerArn: arn('api'), SecurityGroups: ['sg-2', 'sg-3'] },
          resourceIds: [arn('api')],
        },
      ],
    },
    {
      name: 'removes the matched groups, isolating a load balancer left with none',
      options: { remove: 'matched', 'isolation-group': 'sg-9' },
      resources: [
        { ...alb('web', 'sg-1', 'sg-2'), 'c7n:matched-security-groups': ['sg-1'] },
        { ...alb('api', 'sg-1'), 'c7n:matched-security-groups': ['sg-1'] },
      ],
      calls: [
        { input: { LoadBalancerArn: arn('web'), SecurityGroups: ['sg-2'] } },
        { input: { LoadBalancerArn: arn('api'), SecurityGroups: ['sg-9'] } },
      ],
    },
  ],
});
