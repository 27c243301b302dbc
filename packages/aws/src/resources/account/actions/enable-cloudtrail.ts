/**
 * Cloud Custodian's enable-cloudtrail: a bucket CloudTrail may write to (created, its policy
 * extended with CloudTrail's two statements), the named trail (created when missing), logging
 * on, and the trail's settings brought to the options. Reads happen while planning; under
 * --dryrun the writes are only listed.
 */
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { partitionOf } from '../../../query/arn.js';
import { errorCode } from '../../../query/errors.js';

interface Trail {
  Name?: string;
  TrailARN?: string;
  IsMultiRegionTrail?: boolean;
  IncludeGlobalServiceEvents?: boolean;
  LogFileValidationEnabled?: boolean;
  KmsKeyId?: string;
  SNSTopicArn?: string;
}

interface Wanted {
  multi: boolean;
  global: boolean;
  notify: string;
  digest: boolean;
  kms: boolean;
  kmsKey: string;
}

/** CloudTrail's bucket statements added to the bucket's policy, unless one has the same Action. */
export function cloudtrailBucketPolicy(current: string | null, bucket: string, bucketRegion: string): string {
  // As c7n, both statements name the bucket itself.
  const resource = `arn:${partitionOf(bucketRegion)}:s3:::${bucket}`;
  const principal = { Service: 'cloudtrail.amazonaws.com' };
  const statements = [
    {
      Action: 's3:GetBucketAcl',
      Effect: 'Allow',
      Principal: principal,
      Resource: resource,
      Sid: 'AWSCloudTrailAclCheck20150319',
    },
    {
      Action: 's3:PutObject',
      Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } },
      Effect: 'Allow',
      Principal: principal,
      Resource: resource,
      Sid: 'AWSCloudTrailWrite20150319',
    },
  ];
  const policy: { Statement: { Action?: unknown }[]; Version?: string } = current
    ? JSON.parse(current)
    : { Statement: [], Version: '2012-10-17' };
  const actions = policy.Statement.map((s) => s.Action);
  for (const s of statements) if (!actions.includes(s.Action)) policy.Statement.push(s);
  return JSON.stringify(policy);
}

/** The UpdateTrail members that differ from the options, compared as c7n compares them. */
function updates(trail: Trail, w: Wanted): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  if (w.multi !== trail.IsMultiRegionTrail) args.IsMultiRegionTrail = w.multi;
  if (w.global !== trail.IncludeGlobalServiceEvents) args.IncludeGlobalServiceEvents = w.global;
  // c7n compares with `SNSTopicArn`, which no trail has (it is SnsTopicARN): the topic is always sent.
  if (w.notify !== trail.SNSTopicArn) args.SnsTopicName = w.notify;
  if (w.digest !== trail.LogFileValidationEnabled) args.EnableLogFileValidation = w.digest;
  if (w.kmsKey !== trail.KmsKeyId) args.KmsKeyId = !w.kms && trail.KmsKeyId !== undefined ? '' : w.kmsKey;
  return args;
}

export default defineAction({
  type: 'enable-cloudtrail',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['bucket'],
    properties: {
      trail: { type: 'string', description: 'The trail name; `default-trail` when absent.' },
      bucket: { type: 'string', description: 'The bucket the trail writes to; created when missing.' },
      'bucket-region': { type: 'string', description: 'The region of the bucket; `us-east-1` when absent.' },
      'multi-region': {
        type: 'boolean',
        description: 'Whether the trail covers every region; true when absent.',
      },
      'global-events': {
        type: 'boolean',
        description: 'Whether the trail logs global services (IAM, STS...); true when absent.',
      },
      notify: { type: 'string', description: 'The SNS topic notified of new log files; none when absent.' },
      'file-digest': {
        type: 'boolean',
        description: 'Whether log file validation is on; false when absent.',
      },
      kms: {
        type: 'boolean',
        description:
          'Whether log files are encrypted with `kms-key`; false (the default) removes a key the trail has.',
      },
      'kms-key': {
        type: 'string',
        description: 'The KMS key (id, ARN or alias) that encrypts the log files.',
      },
    },
  } as const,
  permissions: [
    'cloudtrail:CreateTrail',
    'cloudtrail:DescribeTrails',
    'cloudtrail:GetTrailStatus',
    'cloudtrail:StartLogging',
    'cloudtrail:UpdateTrail',
    's3:CreateBucket',
    's3:GetBucketPolicy',
    's3:PutBucketPolicy',
  ],
  doc: {
    summary:
      "Make sure a trail logs the account, as Cloud Custodian: create the bucket (CreateBucket; already yours is fine) and add CloudTrail's statements to its policy (GetBucketPolicy, PutBucketPolicy), create the trail when DescribeTrails does not list it (CreateTrail), start logging when it is off (GetTrailStatus, StartLogging), then set its multi-region, global events, SNS topic, log file validation and KMS key (UpdateTrail).",
    example: ['- type: enable-cloudtrail', '  trail: org-trail', '  bucket: acme-cloudtrail'].join('\n'),
  },
  reads: () => ['account_id'],
  async plan(accounts, opts, ctx) {
    if (!accounts.length) return [];
    if (!ctx.read) throw new Error('enable-cloudtrail needs to read the bucket policy and trails');
    const read = ctx.read;
    const resourceIds = accounts.map((a) => String(a.account_id));
    const bucket = opts.bucket;
    const bucketRegion = opts['bucket-region'] ?? 'us-east-1';
    const name = opts.trail ?? 'default-trail';
    const wanted: Wanted = {
      multi: opts['multi-region'] ?? true,
      global: opts['global-events'] ?? true,
      notify: opts.notify ?? '',
      digest: opts['file-digest'] ?? false,
      kms: opts.kms ?? false,
      kmsKey: opts['kms-key'] ?? '',
    };
    const calls: PlannedCall[] = [
      {
        service: 's3',
        operation: 'CreateBucket',
        // c7n always sends the region as LocationConstraint; S3 refuses `us-east-1` there, its default.
        input: {
          Bucket: bucket,
          ...(bucketRegion !== 'us-east-1' && {
            CreateBucketConfiguration: { LocationConstraint: bucketRegion },
          }),
        },
        resourceIds,
        region: bucketRegion,
        okErrors: ['BucketAlreadyOwnedByYou'],
        describe: `create bucket ${bucket} in ${bucketRegion} for CloudTrail`,
      },
    ];
    let current: string | null = null;
    try {
      const out = (await read('s3', 'GetBucketPolicy', { Bucket: bucket }, bucketRegion)) as {
        Policy?: string;
      };
      current = out.Policy ?? null;
    } catch (e) {
      // As c7n: any AWS error (no bucket yet, no policy) means no policy to keep.
      if (errorCode(e) === undefined) throw e;
    }
    calls.push({
      service: 's3',
      operation: 'PutBucketPolicy',
      input: { Bucket: bucket, Policy: cloudtrailBucketPolicy(current, bucket, bucketRegion) },
      resourceIds,
      region: bucketRegion,
      describe: `let CloudTrail write to bucket ${bucket} (bucket policy)`,
    });
    const trails = (((await read('cloudtrail', 'DescribeTrails', {})) as { trailList?: Trail[] }).trailList ??
      []) as Trail[];
    const mine = trails.filter((t) => t.Name === name);
    if (!mine.length) {
      // A new trail does not log yet and has CreateTrail's defaults; its answer gives the ARN.
      const fresh: Trail = {
        IsMultiRegionTrail: false,
        IncludeGlobalServiceEvents: true,
        LogFileValidationEnabled: false,
      };
      calls.push(
        {
          service: 'cloudtrail',
          operation: 'CreateTrail',
          input: { Name: name, S3BucketName: bucket },
          resourceIds,
          ref: 'trail',
          describe: `create trail ${name} writing to bucket ${bucket}`,
        },
        {
          service: 'cloudtrail',
          operation: 'StartLogging',
          input: { Name: name },
          bind: (outputs) => ({ Name: (outputs.get('trail') as Trail).TrailARN }),
          resourceIds,
          describe: `start logging on trail ${name}`,
        },
        {
          service: 'cloudtrail',
          operation: 'UpdateTrail',
          input: { ...updates(fresh, wanted), Name: name },
          bind: (outputs) => updates(outputs.get('trail') as Trail, wanted),
          resourceIds,
          describe: `configure trail ${name}`,
        },
      );
      return calls;
    }
    for (const trail of mine) {
      const arn = trail.TrailARN;
      const status = (await read('cloudtrail', 'GetTrailStatus', { Name: arn })) as { IsLogging?: boolean };
      if (!status.IsLogging)
        calls.push({
          service: 'cloudtrail',
          operation: 'StartLogging',
          input: { Name: arn },
          resourceIds,
          describe: `start logging on trail ${name}`,
        });
      const args = updates(trail, wanted);
      if (Object.keys(args).length)
        calls.push({
          service: 'cloudtrail',
          operation: 'UpdateTrail',
          input: { ...args, Name: name },
          resourceIds,
          describe: `configure trail ${name}: ${Object.keys(args).join(', ')}`,
        });
    }
    return calls;
  },
});
