import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import del from './delete.js';

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf';

testAction(del, {
  resourceType: resource,
  valid: [{}, { recovery_window: 7 }],
  invalid: [
    { options: { recovery_window: 'week' }, messageId: 'schema' },
    { options: { recovery_window: 7.5 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'deletes with a 30-day recovery window by default',
      options: {},
      resources: [{ Name: 'db', ARN }],
      calls: [
        {
          service: 'secretsmanager',
          operation: 'DeleteSecret',
          input: { SecretId: ARN, RecoveryWindowInDays: 30 },
          resourceIds: ['db'],
        },
      ],
    },
    {
      name: 'removes the replicas first, then deletes with the given window',
      options: { recovery_window: 7 },
      resources: [{ Name: 'db', ARN, ReplicationStatus: [{ Region: 'us-west-2' }, { Region: 'eu-west-1' }] }],
      calls: [
        {
          operation: 'RemoveRegionsFromReplication',
          input: { SecretId: ARN, RemoveReplicaRegions: ['us-west-2', 'eu-west-1'] },
          resourceIds: ['db'],
        },
        { operation: 'DeleteSecret', input: { SecretId: ARN, RecoveryWindowInDays: 7 } },
      ],
    },
  ],
});
