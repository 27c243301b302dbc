import { defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.secrets-manager'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      recovery_window: {
        type: 'integer',
        description:
          'Days (7 to 30) Secrets Manager keeps the secret recoverable before deleting it for good; 30 when not given.',
      },
    },
  } as const,
  // c7n names DeleteSecret only; a replicated secret first loses its replicas.
  permissions: ['secretsmanager:DeleteSecret', 'secretsmanager:RemoveRegionsFromReplication'],
  doc: {
    summary:
      'Delete secrets and all their versions (DeleteSecret by ARN, with a recovery window). A replicated secret first has its replicas removed (RemoveRegionsFromReplication), as Cloud Custodian does.',
    example: '- type: delete\n  recovery_window: 10',
  },
  reads: () => ['ARN', 'Name', 'ReplicationStatus'],
  plan(resources: Resource[], opts) {
    const days = opts.recovery_window ?? 30;
    return resources.flatMap((r) => {
      const arn = r.ARN;
      const name = r.Name;
      if (typeof arn !== 'string' || typeof name !== 'string') return [];
      const calls: PlannedCall[] = [];
      if (Array.isArray(r.ReplicationStatus)) {
        const regions = (r.ReplicationStatus as { Region?: string }[]).map((s) => s.Region ?? null);
        calls.push({
          service: 'secretsmanager',
          operation: 'RemoveRegionsFromReplication',
          input: { SecretId: arn, RemoveReplicaRegions: regions },
          resourceIds: [name],
          describe: `remove the replicas of ${arn} in ${regions.join(', ')}`,
        });
      }
      calls.push({
        service: 'secretsmanager',
        operation: 'DeleteSecret',
        input: { SecretId: arn, RecoveryWindowInDays: days },
        resourceIds: [name],
        describe: `delete secret ${arn} (recoverable for ${days} days)`,
      });
      return calls;
    });
  },
});
