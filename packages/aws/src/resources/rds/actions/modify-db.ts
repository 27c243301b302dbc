import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';
import { text } from './_instance.js';

/** ModifyDBInstance members Cloud Custodian accepts in `update`. */
const PROPERTIES = [
  'AllocatedStorage',
  'DBInstanceClass',
  'DBSubnetGroupName',
  'DBSecurityGroups',
  'VpcSecurityGroupIds',
  'MasterUserPassword',
  'DBParameterGroupName',
  'BackupRetentionPeriod',
  'PreferredBackupWindow',
  'PreferredMaintenanceWindow',
  'MultiAZ',
  'EngineVersion',
  'AllowMajorVersionUpgrade',
  'AutoMinorVersionUpgrade',
  'LicenseModel',
  'Iops',
  'OptionGroupName',
  'NewDBInstanceIdentifier',
  'StorageType',
  'TdeCredentialArn',
  'TdeCredentialPassword',
  'CACertificateIdentifier',
  'Domain',
  'CopyTagsToSnapshot',
  'MonitoringInterval',
  'MonitoringRoleARN',
  'DBPortNumber',
  'PubliclyAccessible',
  'DomainIAMRoleName',
  'PromotionTier',
  'EnableIAMDatabaseAuthentication',
  'EnablePerformanceInsights',
  'PerformanceInsightsKMSKeyId',
  'PerformanceInsightsRetentionPeriod',
  'CloudwatchLogsExportConfiguration',
  'ProcessorFeatures',
  'UseDefaultProcessorFeatures',
  'DeletionProtection',
  'MaxAllocatedStorage',
  'CertificateRotationRestart',
] as const;

/**
 * Where the describe output holds the current value of a property named differently there
 * (Cloud Custodian's map); `a[].b` collects `b` from each item of `a`. Other properties are
 * compared with the field of the same name, or with nothing.
 */
const CURRENT: Readonly<Record<string, string>> = {
  DBSubnetGroupName: 'DBSubnetGroup.DBSubnetGroupName',
  VpcSecurityGroupIds: 'VpcSecurityGroups[].VpcSecurityGroupId',
  DBParameterGroupName: 'DBParameterGroups[].DBParameterGroupName',
  OptionGroupName: 'OptionGroupMemberships[].OptionGroupName',
  NewDBInstanceIdentifier: 'DBInstanceIdentifier',
  Domain: 'DomainMemberships[].DomainName',
  DBPortNumber: 'Endpoint.Port',
  EnablePerformanceInsights: 'PerformanceInsightsEnabled',
  CloudwatchLogsExportConfiguration: 'EnabledCloudwatchLogsExports',
};

function lookup(value: unknown, path: string): unknown {
  let cur: unknown = value;
  for (const part of path.split('.')) {
    const project = part.endsWith('[]');
    const key = project ? part.slice(0, -2) : part;
    const next = (v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(cur)) cur = cur.map(next).filter((v) => v !== undefined && v !== null);
    else cur = next(cur);
    if (project && !Array.isArray(cur)) return undefined;
  }
  return cur;
}

function current(db: Record<string, unknown>, property: string): unknown {
  if (property in db) return db[property];
  const path = CURRENT[property];
  return path ? lookup(db, path) : undefined;
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const [ka, kb] = [Object.keys(a), Object.keys(b)];
    return (
      ka.length === kb.length &&
      ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
}

export default defineAction({
  type: 'modify-db',
  resources: ['aws.rds'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['update'],
    properties: {
      update: {
        type: 'array',
        description:
          'ModifyDBInstance members to set. Only those whose current value differs are sent; an instance with nothing to change gets no call.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['property', 'value'],
          properties: {
            property: { enum: PROPERTIES, description: 'ModifyDBInstance request member.' },
            value: { description: 'Value to set, as ModifyDBInstance takes it.' },
          },
        },
      },
      immediate: {
        type: 'boolean',
        default: false,
        description: 'Apply now (ApplyImmediately) instead of in the next maintenance window.',
      },
    },
  } as const,
  permissions: ['rds:ModifyDBInstance'],
  doc: {
    summary:
      'Change DB instance settings with ModifyDBInstance: each `update` entry names a request member and its value. Members already at that value are left out, as Cloud Custodian compares them with the describe output first.',
    example:
      '- type: modify-db\n  update:\n    - property: DeletionProtection\n      value: false\n    - property: PubliclyAccessible\n      value: false\n  immediate: true',
  },
  messages: {
    'monitoring-role': 'a MonitoringInterval above 0 needs a MonitoringRoleARN entry too.',
    'log-types': 'CloudwatchLogsExportConfiguration needs EnableLogTypes or DisableLogTypes.',
  },
  check(opts) {
    const problems: Problem[] = [];
    const update = opts.update as { property: string; value: unknown }[];
    const has = (p: string) => update.some((u) => u.property === p);
    update.forEach((u, i) => {
      if (
        u.property === 'MonitoringInterval' &&
        typeof u.value === 'number' &&
        u.value > 0 &&
        !has('MonitoringRoleARN')
      )
        problems.push({
          messageId: 'monitoring-role',
          message: 'a MonitoringInterval above 0 needs a MonitoringRoleARN entry too.',
          path: ['update', i, 'value'],
        });
      const v = u.value as Record<string, unknown> | null;
      if (
        u.property === 'CloudwatchLogsExportConfiguration' &&
        !(v && typeof v === 'object' && ('EnableLogTypes' in v || 'DisableLogTypes' in v))
      )
        problems.push({
          messageId: 'log-types',
          message: 'CloudwatchLogsExportConfiguration needs EnableLogTypes or DisableLogTypes.',
          path: ['update', i, 'value'],
        });
    });
    return problems;
  },
  reads: (opts) => [
    'DBInstanceIdentifier',
    ...(opts.update as { property: string }[]).flatMap((u) => [
      u.property,
      (CURRENT[u.property] ?? u.property).split(/[.[]/)[0] as string,
    ]),
  ],
  plan(dbs, opts) {
    const calls: PlannedCall[] = [];
    const update = opts.update as { property: string; value: unknown }[];
    for (const db of dbs) {
      const id = text(db, 'DBInstanceIdentifier');
      if (!id) continue;
      const changes = update.filter((u) => !equal(current(db, u.property), u.value));
      if (changes.length === 0) continue;
      const params = Object.fromEntries(changes.map((u) => [u.property, u.value]));
      calls.push({
        service: 'rds',
        operation: 'ModifyDBInstance',
        input: { ...params, ApplyImmediately: opts.immediate, DBInstanceIdentifier: id },
        resourceIds: [id],
        describe: `set ${changes.map((u) => `${u.property}=${JSON.stringify(u.value)}`).join(', ')} on ${id}${opts.immediate ? ' now' : ' in the next maintenance window'}`,
      });
    }
    return calls;
  },
});
