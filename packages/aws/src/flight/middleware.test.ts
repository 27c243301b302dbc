import { fileURLToPath } from 'node:url';
import {
  DescribeInstancesCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  EC2Client,
  EC2ServiceException,
  paginateDescribeInstances,
} from '@aws-sdk/client-ec2';
import { DBInstanceNotFoundFault, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import {
  paginateGetResources,
  ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import {
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsCommand,
  NotFound,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { isServiceError } from '../query/errors.js';
import { replayClientConfig } from './config.js';
import { getFlightPlugin } from './middleware.js';
import { FlightSession, MissingFlightFileError } from './session.js';

const fixtures = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));

type ClientCtor<C> = new (
  config: ReturnType<typeof replayClientConfig>,
) => C & {
  middlewareStack: { use(p: ReturnType<typeof getFlightPlugin>): void };
};

function replaying<C>(
  Client: ClientCtor<C>,
  dir: string,
  session = new FlightSession(),
): { client: C; session: FlightSession } {
  const client = new Client(replayClientConfig({ region: 'us-east-1' }));
  client.middlewareStack.use(getFlightPlugin({ mode: 'replay', dir: fixtures(dir), session }));
  return { client, session };
}

describe('replay', () => {
  it('serves two pages through the real paginator, decoding datetimes to Date', async () => {
    const { client, session } = replaying(EC2Client, 'ec2-pages');
    const ids: string[] = [];
    const launched: Date[] = [];
    for await (const page of paginateDescribeInstances({ client }, {})) {
      for (const r of page.Reservations ?? []) {
        for (const i of r.Instances ?? []) {
          ids.push(i.InstanceId ?? '');
          if (i.LaunchTime) launched.push(i.LaunchTime);
        }
      }
    }
    expect(ids).toEqual(['i-0000000000000001', 'i-0000000000000002']);
    expect(launched.map((d) => d.toISOString())).toEqual([
      '2019-03-01T15:04:05.250Z',
      '2020-12-31T23:59:59.000Z',
    ]);
    expect(launched[0]).toBeInstanceOf(Date);
    expect(session.calls.map((c) => [c.service, c.operation, c.file.split('/').pop(), c.ok])).toEqual([
      ['ec2', 'DescribeInstances', 'ec2.DescribeInstances_1.json', true],
      ['ec2', 'DescribeInstances', 'ec2.DescribeInstances_2.json', true],
    ]);
    // The paginator passed the recorded token on; the log keeps each call's input.
    expect(session.calls[1]?.input).toMatchObject({ NextToken: 'page-2' });
  });

  it('drops ResponseMetadata and nulls, and fills $metadata from the recording', async () => {
    const { client } = replaying(EC2Client, 'ec2-pages');
    const out = await client.send(new DescribeInstancesCommand({}));
    expect(out).not.toHaveProperty('ResponseMetadata');
    expect(out.Reservations?.[0]?.Instances?.[0]).not.toHaveProperty('KernelId');
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, requestId: 'req-1', attempts: 1 });
  });

  it('wraps around to _1 when _n is missing', async () => {
    const { client, session } = replaying(EC2Client, 'ec2-pages');
    for (let i = 0; i < 3; i++) await client.send(new DescribeInstancesCommand({}));
    expect(session.calls.map((c) => c.file.split('/').pop())).toEqual([
      'ec2.DescribeInstances_1.json',
      'ec2.DescribeInstances_2.json',
      'ec2.DescribeInstances_1.json',
    ]);
  });

  it('keeps counters per session, so two runs do not interfere', async () => {
    const a = replaying(EC2Client, 'ec2-pages');
    const b = replaying(EC2Client, 'ec2-pages');
    await a.client.send(new DescribeInstancesCommand({}));
    await b.client.send(new DescribeInstancesCommand({}));
    expect(b.session.calls[0]?.file).toMatch(/_1\.json$/);
    // Clients sharing a session share its counters.
    const shared = replaying(EC2Client, 'ec2-pages', a.session);
    await shared.client.send(new DescribeInstancesCommand({}));
    expect(a.session.calls.map((c) => c.file.split('/').pop())).toEqual([
      'ec2.DescribeInstances_1.json',
      'ec2.DescribeInstances_2.json',
    ]);
  });

  it('fails naming the file when _1 is missing, without retrying, and logs the call', async () => {
    const { client, session } = replaying(EC2Client, 'ec2-pages');
    const err = await client
      .send(new DescribeVolumesCommand({ VolumeIds: ['vol-1'] }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MissingFlightFileError);
    expect((err as Error).message).toContain('ec2-pages/ec2.DescribeVolumes_1.json');
    // Not an AWS answer, so no filter or action may read it as "none" or "denied".
    expect(isServiceError(err)).toBe(false);
    expect(session.calls).toHaveLength(1);
    expect(session.calls[0]).toMatchObject({
      service: 'ec2',
      operation: 'DescribeVolumes',
      input: { VolumeIds: ['vol-1'] },
      ok: false,
      errorCode: 'MissingFlightFile',
    });
    expect(session.calls[0]?.file).toMatch(/ec2-pages\/ec2\.DescribeVolumes_1\.json$/);
  });

  it('throws an unmodeled EC2 error as the service exception named by its code', async () => {
    const { client, session } = replaying(EC2Client, 'errors');
    const err = await client.send(new DescribeSnapshotsCommand({})).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EC2ServiceException);
    expect(isServiceError(err)).toBe(true);
    expect(err).toMatchObject({
      name: 'UnauthorizedOperation',
      message: 'You are not authorized to perform this operation.',
      $fault: 'client',
      $metadata: { httpStatusCode: 403, requestId: 'req-denied' },
    });
    expect(session.calls).toMatchObject([
      { service: 'ec2', operation: 'DescribeSnapshots', ok: false, errorCode: 'UnauthorizedOperation' },
    ]);
  });

  it("throws RDS's modeled fault class, found by its query error code", async () => {
    const { client } = replaying(RDSClient, 'errors');
    const err = await client
      .send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'db-gone' }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DBInstanceNotFoundFault);
    expect(err).toMatchObject({
      name: 'DBInstanceNotFoundFault',
      message: 'DBInstance db-gone not found.',
      Code: 'DBInstanceNotFound',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('lets the SDK retry a replayed throttle, then serves the success', async () => {
    const { client, session } = replaying(EC2Client, 'errors');
    const out = await client.send(new DescribeVolumesCommand({}));
    expect(out.Volumes?.[0]?.VolumeId).toBe('vol-0001');
    expect(out.$metadata.attempts).toBe(2);
    expect(session.calls.map((c) => [c.ok, c.errorCode])).toEqual([
      [false, 'RequestLimitExceeded'],
      [true, undefined],
    ]);
  });

  it('serves the tagging API from tagging.* files through its paginator', async () => {
    const { client, session } = replaying(ResourceGroupsTaggingAPIClient, 'tagging');
    const arns: string[] = [];
    for await (const page of paginateGetResources({ client }, {})) {
      for (const m of page.ResourceTagMappingList ?? []) arns.push(m.ResourceARN ?? '');
    }
    expect(arns).toEqual(['arn:aws:ec2:us-east-1:123456789012:instance/i-0000000000000001']);
    expect(session.calls).toMatchObject([{ service: 'tagging', operation: 'GetResources' }]);
  });
});

describe('replay of S3', () => {
  it('turns a StreamingBody into an SDK stream, fresh on every serve', async () => {
    const { client } = replaying(S3Client, 's3');
    for (let i = 0; i < 2; i++) {
      const out = await client.send(new GetObjectCommand({ Bucket: 'bucket', Key: 'k' }));
      expect(await out.Body?.transformToString()).toBe('hello world');
      expect(out.LastModified?.toISOString()).toBe('2016-11-02T08:09:28.000Z');
      expect(out.$metadata.extendedRequestId).toBe('s3-host');
    }
  });

  it('serves bucket calls, errors and the documented shape differences', async () => {
    const { client, session } = replaying(S3Client, 's3');
    const buckets = await client.send(new ListBucketsCommand({}));
    expect(buckets.Buckets?.[0]?.CreationDate).toBeInstanceOf(Date);

    const policy = await client.send(new GetBucketPolicyCommand({ Bucket: 'bucket' }));
    expect(JSON.parse(policy.Policy ?? '')).toEqual({ Version: '2012-10-17', Statement: [] });
    const noPolicy = await client
      .send(new GetBucketPolicyCommand({ Bucket: 'bucket' }))
      .catch((e: unknown) => e);
    expect(noPolicy).toBeInstanceOf(S3ServiceException);
    expect(noPolicy).toMatchObject({ name: 'NoSuchBucketPolicy', BucketName: 'no-policy-bucket' });

    const noTags = await client
      .send(new GetBucketTaggingCommand({ Bucket: 'untagged' }))
      .catch((e: unknown) => e);
    expect(noTags).toMatchObject({ name: 'NoSuchTagSet', $metadata: { httpStatusCode: 404 } });

    // boto3's `null` for us-east-1 is an absent member in the SDK.
    const location = await client.send(new GetBucketLocationCommand({ Bucket: 'bucket' }));
    expect(location.LocationConstraint).toBeUndefined();

    // boto3 already url-decoded the keys; EncodingType must not tell the caller to do it again.
    const list = await client.send(new ListObjectsCommand({ Bucket: 'bucket' }));
    expect(list.EncodingType).toBeUndefined();
    expect(list.Contents?.[0]?.Key).toBe('a b.txt');

    // botocore names a bodiless HEAD 404 "404"; the SDK throws its modeled NotFound.
    const head = await client
      .send(new HeadObjectCommand({ Bucket: 'bucket', Key: 'gone' }))
      .catch((e: unknown) => e);
    expect(head).toBeInstanceOf(NotFound);

    expect(session.calls.map((c) => `${c.service}.${c.operation}:${c.ok}`)).toEqual([
      's3.ListBuckets:true',
      's3.GetBucketPolicy:true',
      's3.GetBucketPolicy:false',
      's3.GetBucketTagging:false',
      's3.GetBucketLocation:true',
      's3.ListObjects:true',
      's3.HeadObject:false',
    ]);
  });
});
