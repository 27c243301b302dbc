import { awsResource, type DetailCall } from '../types.js';
import { loadS3Item } from './config-item.js';

// Cloud Custodian treats any NoSuch* or *NotFound* code as "the bucket has none" and records
// AccessDenied in c7n:DeniedMethods instead of failing the run.
const absent = { prefixes: ['NoSuch'], contains: ['NotFound'] } as const;

function detail(
  field: string,
  operation: string,
  method: string,
  permission: string,
  extra: Partial<DetailCall> = {},
): DetailCall {
  return {
    field,
    operation,
    input: { Bucket: 'Name' },
    absentValue: null,
    absent,
    denied: { codes: ['AccessDenied'], name: method },
    permission,
    ...extra,
  };
}

/** Per-bucket calls in Cloud Custodian's order (its S3_AUGMENT_TABLE); replay depends on it. */
const details: readonly DetailCall[] = [
  detail('Location', 'GetBucketLocation', 'get_bucket_location', 's3:GetBucketLocation', {
    absentValue: {},
    normalize: 's3-location',
  }),
  detail('Tags', 'GetBucketTagging', 'get_bucket_tagging', 's3:GetBucketTagging', {
    absentValue: [],
    select: 'TagSet',
  }),
  detail('Policy', 'GetBucketPolicy', 'get_bucket_policy', 's3:GetBucketPolicy', { select: 'Policy' }),
  detail('Acl', 'GetBucketAcl', 'get_bucket_acl', 's3:GetBucketAcl'),
  detail('Replication', 'GetBucketReplication', 'get_bucket_replication', 's3:GetReplicationConfiguration'),
  detail('Versioning', 'GetBucketVersioning', 'get_bucket_versioning', 's3:GetBucketVersioning'),
  detail('Website', 'GetBucketWebsite', 'get_bucket_website', 's3:GetBucketWebsite'),
  detail('Logging', 'GetBucketLogging', 'get_bucket_logging', 's3:GetBucketLogging', {
    select: 'LoggingEnabled',
  }),
  detail(
    'Notification',
    'GetBucketNotificationConfiguration',
    'get_bucket_notification_configuration',
    's3:GetBucketNotification',
  ),
  detail(
    'Lifecycle',
    'GetBucketLifecycleConfiguration',
    'get_bucket_lifecycle_configuration',
    's3:GetLifecycleConfiguration',
  ),
];

export default awsResource({
  type: 'aws.s3',
  aliases: ['s3'],
  id: 'Name',
  name: 'Name',
  date: 'CreationDate',
  taggable: true,
  reportFields: ['Name', 'CreationDate'],
  permissions: ['s3:ListAllMyBuckets', ...details.map((d) => d.permission)],
  extraFields: [...details.map((d) => d.field), 'c7n:DeniedMethods'],
  doc: {
    summary:
      'S3 buckets, listed with ListBuckets and completed per bucket with the sub-documents Cloud Custodian adds (Location, Tags, Policy, Acl, Replication, Versioning, Website, Logging, Notification, Lifecycle). Unlike Cloud Custodian, only the sub-documents the policy reads are fetched; `query: [{augment-keys: [...]}]` names them explicitly.',
    example: [
      'name: s3-unversioned',
      'resource: aws.s3',
      'filters:',
      '  - type: value',
      '    key: Versioning.Status',
      '    value: Enabled',
      '    op: ne',
    ].join('\n'),
  },
  // Only `augment-keys` is read; it names the sub-documents fetched per bucket.
  query: { kind: 'options', label: 'S3', params: { 'augment-keys': 'any' } },
  source: {
    service: 's3',
    list: {
      operation: 'ListBuckets',
      items: 'Buckets',
      pagination: { inputToken: 'ContinuationToken', outputToken: 'ContinuationToken' },
    },
    details,
    tags: { kind: 'detail' },
    arn: { service: 's3', resourceType: '', separator: ':', idField: 'Name', global: true },
    configType: 'AWS::S3::Bucket',
    config: { select: ['awsRegion'], load: loadS3Item },
    metrics: {
      namespace: 'AWS/S3',
      dimension: 'BucketName',
      field: 'Name',
      metricDimensions: { NumberOfObjects: { StorageType: 'AllStorageTypes' } },
    },
    shape: { service: 's3', name: 'Bucket' },
    // Cloud Custodian fetches these two whatever augment-keys says.
    augmentKeys: { always: ['Location', 'Tags'] },
  },
});
