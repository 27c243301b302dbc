/**
 * The ASFF `Resources` entry of one resource, per type as Cloud Custodian's post-finding
 * subclasses write it (ec2.py InstanceFinding, ebs.py EBSPostFinding, rds.py DbInstanceFinding,
 * s3.py BucketFinding, vpc.py SecurityGroupPostFinding); other types get its `Other` entry.
 */
import { createHash } from 'node:crypto';
import { pyIsoformat as isoformat, jmespathSearch, type Resource, type ResourceTypeDecl } from '@c7n-ts/core';
import { partitionOf, resourceArn } from '../tagging/index.js';

export interface FormatContext {
  region: string;
  accountId: string;
}

/** Security Hub's (mostly undocumented) limit on a detail value. */
const VALUE_LIMIT = 1024;

/** Python's `datetime.isoformat()` of a UTC time, or of a date string; other text as it is. */
export function pyIsoformat(value: unknown): string {
  const d = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(d.getTime()) ? String(value) : isoformat(d);
}

/**
 * Python's `json.dumps` (`, ` and `: ` separators, or one item a line with `indent=0`,
 * non-ASCII escaped, datetimes in isoformat as c7n's encoder writes them).
 */
export function pyDumps(value: unknown, indent?: 0): string {
  const nl = indent === 0 ? '\n' : '';
  const sep = indent === 0 ? ',\n' : ', ';
  const str = (s: string) =>
    JSON.stringify(s).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  const walk = (v: unknown): string => {
    if (v instanceof Date) return str(pyIsoformat(v));
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'number') return String(v);
    if (typeof v === 'string') return str(v);
    if (Array.isArray(v)) return v.length ? `[${nl}${v.map(walk).join(sep)}${nl}]` : '[]';
    const entries = Object.entries(v as Record<string, unknown>);
    return entries.length
      ? `{${nl}${entries.map(([k, x]) => `${str(k)}: ${walk(x)}`).join(sep)}${nl}}`
      : '{}';
  };
  return walk(value);
}

export const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

/** c7n's `filter_empty`: drops keys whose value Python finds false (None, '', 0, [], {}). */
export function filterEmpty<T extends Record<string, unknown>>(d: T): T {
  for (const [k, v] of Object.entries(d)) {
    const empty =
      v === undefined ||
      v === null ||
      v === '' ||
      v === 0 ||
      v === false ||
      (Array.isArray(v) && v.length === 0) ||
      (typeof v === 'object' &&
        !Array.isArray(v) &&
        !(v instanceof Date) &&
        Object.keys(v as object).length === 0);
    if (empty) delete d[k];
  }
  return d;
}

const tagMap = (r: Resource) =>
  Object.fromEntries(((r.Tags ?? []) as { Key: string; Value: string }[]).map((t) => [t.Key, t.Value]));

function arnOf(rt: ResourceTypeDecl, r: Resource, ctx: FormatContext): string {
  return resourceArn(rt, r, { region: ctx.region, accountId: ctx.accountId }) ?? String(r[rt.id]);
}

/** c7n's `format_envelope`. */
function envelope(asffType: string, rt: ResourceTypeDecl, r: Resource, ctx: FormatContext, details: object) {
  return filterEmpty({
    Id: arnOf(rt, r, ctx),
    Region: ctx.region,
    Tags: tagMap(r),
    Partition: partitionOf(ctx.region),
    Details: { [asffType]: details },
    Type: asffType,
  });
}

function ec2Instance(_rt: ResourceTypeDecl, r: Resource, ctx: FormatContext) {
  const ips = jmespathSearch('NetworkInterfaces[].PrivateIpAddresses[].PrivateIpAddress', r) as
    | string[]
    | null;
  const details: Record<string, unknown> = {
    Type: r.InstanceType,
    ImageId: r.ImageId,
    IpV4Addresses: ips ? ips.slice(0, 10) : ips,
    KeyName: r.KeyName,
    LaunchedAt: pyIsoformat(r.LaunchTime),
  };
  if ('VpcId' in r) details.VpcId = r.VpcId;
  if ('SubnetId' in r) details.SubnetId = r.SubnetId;
  const profile = r.IamInstanceProfile as { Arn?: string } | undefined;
  if (profile && Object.keys(profile).length) details.IamInstanceProfileArn = profile.Arn;
  return filterEmpty({
    Type: 'AwsEc2Instance',
    Id: `arn:${partitionOf(ctx.region)}:ec2:${ctx.region}:${ctx.accountId}:instance/${String(r.InstanceId)}`,
    Region: ctx.region,
    Tags: tagMap(r),
    Details: { AwsEc2Instance: filterEmpty(details) },
  });
}

function ebsVolume(rt: ResourceTypeDecl, r: Resource, ctx: FormatContext) {
  const details: Record<string, unknown> = {};
  for (const k of ['KmsKeyId', 'Size', 'SnapshotId', 'Status', 'CreateTime', 'Encrypted'])
    if (k in r) details[k] = r[k];
  details.CreateTime = pyIsoformat(r.CreateTime);
  filterEmpty(details);
  for (const a of (r.Attachments ?? []) as Record<string, unknown>[]) {
    if (!details.Attachments) details.Attachments = [];
    (details.Attachments as unknown[]).push(
      filterEmpty({
        AttachTime: pyIsoformat(a.AttachTime),
        InstanceId: a.InstanceId,
        DeleteOnTermination: a.DeleteOnTermination,
        Status: a.State,
      }),
    );
  }
  return envelope('AwsEc2Volume', rt, r, ctx, details);
}

const RDS_FIELDS = [
  'AssociatedRoles',
  'CACertificateIdentifier',
  'DBClusterIdentifier',
  'DBInstanceIdentifier',
  'DBInstanceClass',
  'DbInstancePort',
  'DbiResourceId',
  'DBName',
  'DeletionProtection',
  'Endpoint',
  'Engine',
  'EngineVersion',
  'IAMDatabaseAuthenticationEnabled',
  'InstanceCreateTime',
  'KmsKeyId',
  'PubliclyAccessible',
  'StorageEncrypted',
  'TdeCredentialArn',
  'VpcSecurityGroups',
  'MultiAz',
  'EnhancedMonitoringResourceArn',
  'DbInstanceStatus',
  'MasterUsername',
  'AllocatedStorage',
  'PreferredBackupWindow',
  'BackupRetentionPeriod',
  'DbSecurityGroups',
  'DbParameterGroups',
  'AvailabilityZone',
  'DbSubnetGroup',
  'PreferredMaintenanceWindow',
  'PendingModifiedValues',
  'LatestRestorableTime',
  'AutoMinorVersionUpgrade',
  'ReadReplicaSourceDBInstanceIdentifier',
  'ReadReplicaDBInstanceIdentifiers',
  'ReadReplicaDBClusterIdentifiers',
  'LicenseModel',
  'Iops',
  'OptionGroupMemberships',
  'CharacterSetName',
  'SecondaryAvailabilityZone',
  'StatusInfos',
  'StorageType',
  'DomainMemberships',
  'CopyTagsToSnapshot',
  'MonitoringInterval',
  'MonitoringRoleArn',
  'PromotionTier',
  'Timezone',
  'PerformanceInsightsEnabled',
  'PerformanceInsightsKmsKeyId',
  'PerformanceInsightsRetentionPeriod',
  'EnabledCloudWatchLogsExports',
  'ProcessorFeatures',
  'ListenerEndpoint',
  'MaxAllocatedStorage',
];

function rdsInstance(_rt: ResourceTypeDecl, r: Resource, ctx: FormatContext) {
  const details: Record<string, unknown> = {};
  // As c7n: the ASFF spellings that differ from RDS's (DbInstancePort, MultiAz...) are never found.
  for (const f of RDS_FIELDS) {
    const v = r[f];
    if (filterEmpty({ v }).v === undefined) continue;
    details[f] = v instanceof Date ? pyIsoformat(v) : v;
  }
  return filterEmpty({
    Type: 'AwsRdsDbInstance',
    Id: r.DBInstanceArn,
    Region: ctx.region,
    Tags: tagMap(r),
    Details: { AwsRdsDbInstance: filterEmpty(details) },
  });
}

function s3Bucket(_rt: ResourceTypeDecl, r: Resource, ctx: FormatContext) {
  const owner = ((r.Acl as { Owner?: Record<string, string> } | undefined)?.Owner ?? {}) as Record<
    string,
    string
  >;
  const details: Record<string, unknown> = { OwnerId: owner.ID ?? 'Unknown' };
  if ('DisplayName' in owner) details.OwnerName = owner.DisplayName;
  // c7n's get_region: the bucket's location, the legacy `EU` and empty ones mapped.
  const loc = (r.Location as { LocationConstraint?: string } | undefined)?.LocationConstraint;
  const region = loc === 'EU' ? 'eu-west-1' : loc || 'us-east-1';
  return filterEmpty({
    Type: 'AwsS3Bucket',
    Id: `arn:aws:s3:::${String(r.Name)}`,
    Region: r.Location ? region : ctx.region,
    Tags: tagMap(r),
    Details: { AwsS3Bucket: details },
  });
}

/** c7n's OtherResourcePostFinding: scalar fields as strings, lists and mappings as JSON. */
function other(asffType: string) {
  return (rt: ResourceTypeDecl, r: Resource, ctx: FormatContext) => {
    const details: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) {
      let out: unknown = v;
      if (v instanceof Date) out = pyIsoformat(v).slice(0, VALUE_LIMIT);
      else if (v !== null && typeof v === 'object') out = pyDumps(v, 0).slice(0, VALUE_LIMIT);
      // Python's str() of a number or a bool.
      else if (typeof v === 'boolean') out = v ? 'True' : 'False';
      else if (typeof v === 'number') out = String(v).slice(0, VALUE_LIMIT);
      details[k] = out;
    }
    details['c7n:resource-type'] = rt.type.replace(/^aws\./, '');
    const entry: Record<string, unknown> = {
      Type: asffType,
      Id: arnOf(rt, r, ctx),
      Region: ctx.region,
      Partition: partitionOf(ctx.region),
      Details: { Other: filterEmpty(details) },
    };
    const tags = tagMap(r);
    if (Object.keys(tags).length) entry.Tags = tags;
    return entry;
  };
}

type Formatter = (rt: ResourceTypeDecl, r: Resource, ctx: FormatContext) => Record<string, unknown>;

const FORMATS: Readonly<Record<string, Formatter>> = {
  'aws.ebs': ebsVolume,
  'aws.ec2': ec2Instance,
  'aws.rds': rdsInstance,
  'aws.s3': s3Bucket,
  'aws.security-group': other('AwsEc2SecurityGroup'),
};

export function formatResource(
  rt: ResourceTypeDecl,
  r: Resource,
  ctx: FormatContext,
): Record<string, unknown> {
  return (FORMATS[rt.type] ?? other('Other'))(rt, r, ctx);
}
