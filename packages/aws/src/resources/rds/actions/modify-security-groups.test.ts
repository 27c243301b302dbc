import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import rds from '../resource.js';
import modifySecurityGroups from './modify-security-groups.js';

// DescribeSecurityGroups (by name): db-clients is sg-...a001 in vpc-0a0a... and sg-...b001 in vpc-0b0b...
const reader = () => {
  const dir = fileURLToPath(new URL('../__fixtures__/modify-security-groups', import.meta.url));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  return {
    read: (service: string, operation: string, input: Record<string, unknown>) =>
      clients.send(service, operation, input, 'us-east-1'),
  };
};
const db = (id: string, vpc: string, groups: string[], extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBSubnetGroup: { DBSubnetGroupName: 'default', VpcId: vpc },
  VpcSecurityGroups: groups.map((VpcSecurityGroupId) => ({ VpcSecurityGroupId, Status: 'active' })),
  ...extra,
});
const A = 'vpc-0a0a0a0a0a0a0a0a0';
const B = 'vpc-0b0b0b0b0b0b0b0b0';

testAction(modifySecurityGroups, {
  resourceType: rds,
  context: { read: reader().read },
  valid: [{ add: 'sg-1' }, { remove: 'matched', 'isolation-group': 'sg-9' }],
  invalid: [
    { options: { remove: ['sg-1'] }, messageId: 'schema' },
    { options: { remove: 'all', add: 'sg-1' }, messageId: 'remove-all-needs-isolation', path: ['remove'] },
  ],
  cases: [
    {
      name: 'instances by ModifyDBInstance; cluster members through their cluster, last member winning, after',
      options: { add: 'sg-0new' },
      resources: [
        db('aurora-1', A, ['sg-0a'], { DBClusterIdentifier: 'aurora' }),
        db('pg-1', A, ['sg-0a', 'sg-0b']),
        db('aurora-2', A, ['sg-0c'], { DBClusterIdentifier: 'aurora' }),
      ],
      calls: [
        {
          service: 'rds',
          operation: 'ModifyDBInstance',
          input: { DBInstanceIdentifier: 'pg-1', VpcSecurityGroupIds: ['sg-0a', 'sg-0b', 'sg-0new'] },
          resourceIds: ['pg-1'],
        },
        {
          service: 'rds',
          operation: 'ModifyDBCluster',
          input: { DBClusterIdentifier: 'aurora', VpcSecurityGroupIds: ['sg-0c', 'sg-0new'] },
          resourceIds: ['aurora-1', 'aurora-2'],
        },
      ],
    },
    {
      name: 'matched groups go; the isolation group stands in when none is left',
      options: { remove: 'matched', 'isolation-group': 'sg-0iso' },
      resources: [
        db('pg-1', A, ['sg-0a', 'sg-0b'], { 'c7n:matched-security-groups': ['sg-0a'] }),
        db('pg-2', A, ['sg-0a'], { 'c7n:matched-security-groups': ['sg-0a'] }),
      ],
      calls: [
        { input: { DBInstanceIdentifier: 'pg-1', VpcSecurityGroupIds: ['sg-0b'] } },
        { input: { DBInstanceIdentifier: 'pg-2', VpcSecurityGroupIds: ['sg-0iso'] } },
      ],
    },
    {
      name: "names resolve in the subnet group's VPC",
      options: { add: 'db-clients' },
      resources: [db('pg-a', A, ['sg-0a']), db('pg-b', B, ['sg-0b'])],
      calls: [
        { input: { DBInstanceIdentifier: 'pg-a', VpcSecurityGroupIds: ['sg-0a', 'sg-0db0000000000a001'] } },
        { input: { DBInstanceIdentifier: 'pg-b', VpcSecurityGroupIds: ['sg-0b', 'sg-0db0000000000b001'] } },
      ],
    },
  ],
});
