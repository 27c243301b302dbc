import { defineAction, type PlannedCall, type Problem, type Resource } from '@c7n-ts/core';
import { finalSnapshotIneligibility, snapshotIdentifier, text } from './_instance.js';

/** Fields copied onto the instance as tags so the final snapshot carries what a restore needs. */
const RESTORE_FIELDS = [
  'VpcSecurityGroups',
  'OptionGroupMemberships',
  'DBParameterGroups',
  'DBInstanceClass',
  'StorageType',
  'MultiAZ',
  'DBSubnetGroup',
] as const;

/** Cloud Custodian's restore tags, or the name of the first field the instance lacks. */
function restoreTags(db: Resource): { Key: string; Value: string }[] | string {
  const first = (field: string, key: string): string | undefined => {
    const list = db[field];
    const item = Array.isArray(list) ? (list[0] as Resource | undefined) : undefined;
    return item && typeof item[key] === 'string' ? (item[key] as string) : undefined;
  };
  const groups = Array.isArray(db.VpcSecurityGroups)
    ? (db.VpcSecurityGroups as Resource[]).flatMap((g) =>
        typeof g.VpcSecurityGroupId === 'string' ? [g.VpcSecurityGroupId] : [],
      )
    : undefined;
  const subnetGroup = (db.DBSubnetGroup as Resource | undefined)?.DBSubnetGroupName;
  const values: [string, string | undefined][] = [
    // Comma-joined, as the rds-snapshot `restore` action splits it (Cloud Custodian joins with '').
    ['VPCSecurityGroups', groups?.join(',')],
    ['OptionGroupName', first('OptionGroupMemberships', 'OptionGroupName')],
    ['ParameterGroupName', first('DBParameterGroups', 'DBParameterGroupName')],
    ['InstanceClass', text(db, 'DBInstanceClass')],
    ['StorageType', text(db, 'StorageType')],
    // Python's str() of a bool, which `restore` compares with 'True'.
    ['MultiAZ', typeof db.MultiAZ === 'boolean' ? (db.MultiAZ ? 'True' : 'False') : undefined],
    ['DBSubnetGroupName', typeof subnetGroup === 'string' ? subnetGroup : undefined],
  ];
  const missing = values.find(([, v]) => v === undefined);
  if (missing) return missing[0];
  return values.map(([Key, Value]) => ({ Key, Value: Value as string }));
}

export default defineAction({
  type: 'delete',
  resources: ['aws.rds'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'skip-snapshot': {
        type: 'boolean',
        default: false,
        description:
          'Delete without a final snapshot. Otherwise a final snapshot `Final-<instance>-<YYYY-MM-DD-HH-MM>` (UTC) is taken, except where RDS cannot take one (read replicas, instances being created or failed), which are deleted without.',
      },
      'copy-restore-info': {
        type: 'boolean',
        default: false,
        description:
          'Before deleting, tag the instance with what a restore needs (security groups, option and parameter groups, class, storage type, Multi-AZ, subnet group) and turn on CopyTagsToSnapshot, so the final snapshot carries the tags. Cannot be combined with `skip-snapshot`.',
      },
    },
  } as const,
  permissions: (opts) =>
    opts['copy-restore-info']
      ? ['rds:DeleteDBInstance', 'rds:AddTagsToResource', 'rds:ModifyDBInstance']
      : ['rds:DeleteDBInstance'],
  doc: {
    summary:
      'Delete DB instances, after a final snapshot unless `skip-snapshot`. Instances of an Aurora cluster are left alone (delete them through the cluster). An instance with deletion protection is not changed: its call fails and is reported.',
    example: '- type: delete\n  skip-snapshot: true',
  },
  messages: {
    'skip-with-restore-info':
      '`copy-restore-info` tags a final snapshot, which `skip-snapshot: true` does not take.',
  },
  check(opts) {
    const problems: Problem[] = [];
    if (opts['skip-snapshot'] && opts['copy-restore-info'])
      problems.push({
        messageId: 'skip-with-restore-info',
        message: '`copy-restore-info` tags a final snapshot, which `skip-snapshot: true` does not take.',
        path: ['copy-restore-info'],
        at: 'key',
      });
    return problems;
  },
  reads: (opts) => [
    'DBInstanceIdentifier',
    'DBClusterIdentifier',
    'DBInstanceStatus',
    'ReadReplicaSourceDBInstanceIdentifier',
    ...(opts['copy-restore-info'] ? ['DBInstanceArn', 'CopyTagsToSnapshot', ...RESTORE_FIELDS] : []),
  ],
  plan(dbs, opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const db of dbs) {
      const id = text(db, 'DBInstanceIdentifier');
      if (!id) continue;
      if (text(db, 'DBClusterIdentifier')) {
        ctx.log?.('info', `rds: ${id} belongs to cluster ${text(db, 'DBClusterIdentifier')}; not deleted`);
        continue;
      }
      const input: Record<string, unknown> = { DBInstanceIdentifier: id };
      const why = finalSnapshotIneligibility(db);
      let describe: string;
      if (opts['skip-snapshot']) {
        input.SkipFinalSnapshot = true;
        describe = `delete ${id} without a final snapshot`;
      } else if (why) {
        input.SkipFinalSnapshot = true;
        describe = `delete ${id} without a final snapshot (${why})`;
      } else {
        input.FinalDBSnapshotIdentifier = snapshotIdentifier('Final', id, ctx.now);
        describe = `delete ${id} after final snapshot ${input.FinalDBSnapshotIdentifier as string}`;
      }
      if (opts['copy-restore-info']) {
        const tags = restoreTags(db);
        const arn = text(db, 'DBInstanceArn');
        if (typeof tags === 'string' || !arn) {
          // Deleting would lose what the user asked to keep.
          ctx.log?.(
            'warn',
            `rds: ${id} lacks ${typeof tags === 'string' ? tags : 'DBInstanceArn'}; restore info cannot be copied, not deleted`,
          );
          continue;
        }
        calls.push({
          service: 'rds',
          operation: 'AddTagsToResource',
          input: { ResourceName: arn, Tags: tags },
          resourceIds: [id],
          describe: `tag restore info (${tags.map((t) => t.Key).join(', ')}) on ${id}`,
        });
        if (db.CopyTagsToSnapshot !== true)
          calls.push({
            service: 'rds',
            operation: 'ModifyDBInstance',
            input: { DBInstanceIdentifier: id, CopyTagsToSnapshot: true },
            resourceIds: [id],
            describe: `turn on CopyTagsToSnapshot on ${id}`,
          });
      }
      calls.push({
        service: 'rds',
        operation: 'DeleteDBInstance',
        input,
        resourceIds: [id],
        describe,
        // Already gone, or already being deleted: Cloud Custodian moves on too.
        okErrors: ['DBInstanceNotFound', 'InvalidDBInstanceState'],
      });
    }
    return calls;
  },
});
