import { testAction } from '@c7n-ts/core/testing';
import domains from '../resource.js';
import modifySecurityGroups from './modify-security-groups.js';

const domain = (name: string, groups: string[], extra: Record<string, unknown> = {}) => ({
  DomainName: name,
  VPCOptions: { SubnetIds: ['subnet-1'], SecurityGroupIds: groups, VPCId: 'vpc-1' },
  ...extra,
});

testAction(modifySecurityGroups, {
  resourceType: domains,
  valid: [{ add: 'sg-1' }, { remove: 'matched', 'isolation-group': 'sg-9' }],
  invalid: [
    { options: { remove: ['sg-1'] }, messageId: 'schema' },
    { options: { remove: 'all', add: 'sg-1' }, messageId: 'remove-all-needs-isolation', path: ['remove'] },
  ],
  cases: [
    {
      name: 'the group added to each domain',
      options: { add: 'sg-0new' },
      resources: [domain('logs', ['sg-0a', 'sg-0b'])],
      calls: [
        {
          service: 'es',
          operation: 'UpdateElasticsearchDomainConfig',
          input: { DomainName: 'logs', VPCOptions: { SecurityGroupIds: ['sg-0a', 'sg-0b', 'sg-0new'] } },
          resourceIds: ['logs'],
        },
      ],
    },
    {
      name: 'matched groups go; the isolation group stands in when none is left',
      options: { remove: 'matched', 'isolation-group': 'sg-0iso' },
      resources: [
        domain('a', ['sg-0a', 'sg-0b'], { 'c7n:matched-security-groups': ['sg-0a'] }),
        domain('b', ['sg-0a'], { 'c7n:matched-security-groups': ['sg-0a'] }),
      ],
      calls: [
        { input: { DomainName: 'a', VPCOptions: { SecurityGroupIds: ['sg-0b'] } } },
        { input: { DomainName: 'b', VPCOptions: { SecurityGroupIds: ['sg-0iso'] } } },
      ],
    },
  ],
});
