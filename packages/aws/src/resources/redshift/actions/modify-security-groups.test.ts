import { testAction } from '@c7n-ts/core/testing';
import redshift from '../resource.js';
import modifySecurityGroups from './modify-security-groups.js';

const cluster = (id: string, groups: string[], extra: Record<string, unknown> = {}) => ({
  ClusterIdentifier: id,
  VpcId: 'vpc-0e1',
  VpcSecurityGroups: groups.map((VpcSecurityGroupId) => ({ VpcSecurityGroupId, Status: 'active' })),
  ...extra,
});

testAction(modifySecurityGroups, {
  resourceType: redshift,
  valid: [{ add: 'sg-1' }, { remove: 'matched', 'isolation-group': 'sg-9' }],
  invalid: [
    { options: { remove: ['sg-1'] }, messageId: 'schema' },
    { options: { remove: 'all', add: 'sg-1' }, messageId: 'remove-all-needs-isolation', path: ['remove'] },
  ],
  cases: [
    {
      name: 'a group added: one ModifyCluster per cluster',
      options: { add: 'sg-0new' },
      resources: [cluster('rs-a', ['sg-0a', 'sg-0b']), cluster('rs-b', [])],
      calls: [
        {
          service: 'redshift',
          operation: 'ModifyCluster',
          input: { ClusterIdentifier: 'rs-a', VpcSecurityGroupIds: ['sg-0a', 'sg-0b', 'sg-0new'] },
          resourceIds: ['rs-a'],
        },
        { input: { ClusterIdentifier: 'rs-b', VpcSecurityGroupIds: ['sg-0new'] }, resourceIds: ['rs-b'] },
      ],
    },
    {
      name: 'matched groups go; the isolation group stands in when none is left',
      options: { remove: 'matched', 'isolation-group': 'sg-0iso' },
      resources: [
        cluster('rs-a', ['sg-0a', 'sg-0b'], { 'c7n:matched-security-groups': ['sg-0a'] }),
        cluster('rs-b', ['sg-0a'], { 'c7n:matched-security-groups': ['sg-0a'] }),
      ],
      calls: [
        { input: { ClusterIdentifier: 'rs-a', VpcSecurityGroupIds: ['sg-0b'] } },
        { input: { ClusterIdentifier: 'rs-b', VpcSecurityGroupIds: ['sg-0iso'] } },
      ],
    },
  ],
});
