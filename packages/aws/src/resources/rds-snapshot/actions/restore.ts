import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';
import { policyHasFilter } from '../../../common/filters/policy-filters.js';

/** Tags the snapshot must carry (RDS `delete` with `copy-restore-info` writes them). */
const RESTORE_KEYS = [
  'VPCSecurityGroups',
  'MultiAZ',
  'DBSubnetGroupName',
  'InstanceClass',
  'StorageType',
  'ParameterGroupName',
  'OptionGroupName',
];

type DbInstances = { DBInstances?: { DBInstanceStatus?: string }[] };

export default defineAction({
  type: 'restore',
  resources: ['aws.rds-snapshot'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      restore_options: {
        type: 'object',
        description:
          'RestoreDBInstanceFromDBSnapshot parameters that replace those read from the tags (`DBInstanceIdentifier`, `Port`, ...).',
      },
      modify_options: {
        type: 'object',
        description: 'ModifyDBInstance parameters applied after the restore (`BackupRetentionPeriod`, ...).',
      },
    },
  } as const,
  permissions: [
    'rds:ModifyDBInstance',
    'rds:ModifyDBParameterGroup',
    'rds:ModifyOptionGroup',
    'rds:RebootDBInstance',
    'rds:RestoreDBInstanceFromDBSnapshot',
    'rds:DescribeDBInstances',
  ],
  doc: {
    summary:
      "Restore each snapshot's DB instance from the settings saved in the snapshot's tags (RDS `delete` with `copy-restore-info: true` writes them): RestoreDBInstanceFromDBSnapshot with the instance class, subnet group, storage type, option group and Multi-AZ, and the other tags; then, once the instance is available (polled for up to an hour), ModifyDBInstance with its parameter group and security groups, and RebootDBInstance. Snapshots without all seven tags are skipped. The policy must also use the `latest` filter, as in Cloud Custodian.",
    example: '- type: restore\n  restore_options:\n    PubliclyAccessible: false',
  },
  messages: {
    'restore-needs-latest': 'restore needs the latest filter in the same policy.',
  },
  check(_opts, ctx): Problem[] {
    // Without the policy (an element checked alone) there is nothing to look at.
    if (!ctx.policy || policyHasFilter(ctx.policy, 'latest')) return [];
    return [
      {
        messageId: 'restore-needs-latest',
        message: 'restore needs the latest filter in the same policy.',
        hint: 'Add `- type: latest` to the filters, so only the newest snapshot of each instance is restored.',
        at: 'key',
      },
    ];
  },
  reads: () => ['DBSnapshotIdentifier', 'DBInstanceIdentifier', 'Tags'],
  plan(snapshots, opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const s of snapshots) {
      const snapId = s.DBSnapshotIdentifier as string;
      const tags = new Map<string, string>(
        (Array.isArray(s.Tags) ? (s.Tags as { Key: string; Value: string }[]) : []).map((t) => [
          t.Key,
          t.Value,
        ]),
      );
      const missing = RESTORE_KEYS.filter((k) => !tags.has(k));
      if (missing.length) {
        ctx.log?.(
          'warn',
          `rds-snapshot: ${snapId} lacks the restore tags ${missing.join(', ')}; not restored`,
        );
        continue;
      }
      const tag = (k: string) => tags.get(k) as string;
      const params: Record<string, unknown> = {
        DBInstanceIdentifier: s.DBInstanceIdentifier,
        DBSnapshotIdentifier: snapId,
        MultiAZ: tag('MultiAZ') === 'True',
        DBSubnetGroupName: tag('DBSubnetGroupName'),
        DBInstanceClass: tag('InstanceClass'),
        CopyTagsToSnapshot: true,
        StorageType: tag('StorageType'),
        OptionGroupName: tag('OptionGroupName'),
        Tags: [...tags].filter(([k]) => !RESTORE_KEYS.includes(k)).map(([Key, Value]) => ({ Key, Value })),
        ...(opts.restore_options ?? {}),
      };
      const modify: Record<string, unknown> = {
        DBParameterGroupName: tag('ParameterGroupName'),
        VpcSecurityGroupIds: tag('VPCSecurityGroups').split(','),
        ...(opts.modify_options ?? {}),
      };
      const db = params.DBInstanceIdentifier as string;
      calls.push(
        {
          service: 'rds',
          operation: 'RestoreDBInstanceFromDBSnapshot',
          input: params,
          resourceIds: [snapId],
          describe: `restore DB instance ${db} from ${snapId}`,
        },
        {
          service: 'rds',
          operation: 'ModifyDBInstance',
          input: { DBInstanceIdentifier: db, ApplyImmediately: true, ...modify },
          resourceIds: [snapId],
          describe: `set the parameter group and security groups of ${db}`,
          waitFor: {
            service: 'rds',
            operation: 'DescribeDBInstances',
            input: { DBInstanceIdentifier: db },
            ready: (out) => {
              const dbs = (out as DbInstances | undefined)?.DBInstances ?? [];
              return dbs.length > 0 && dbs.every((d) => d.DBInstanceStatus === 'available');
            },
            // c7n waits up to an hour (its waiter polls every minute); the executor polls every 5 s.
            attempts: 720,
            describe: `${db} to become available`,
          },
        },
        {
          service: 'rds',
          operation: 'RebootDBInstance',
          input: { DBInstanceIdentifier: db, ForceFailover: false },
          resourceIds: [snapId],
          describe: `reboot ${db}`,
        },
      );
    }
    return calls;
  },
});
