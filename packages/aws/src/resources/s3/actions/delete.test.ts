import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import s3 from '../resource.js';
import { replayReader } from './_replay.js';
import del from './delete.js';

const replay = replayReader('action-delete');
const versioned = {
  Name: 'ver-bucket',
  Versioning: { Status: 'Enabled' },
  Replication: { ReplicationConfiguration: { Role: 'arn:aws:iam::123456789012:role/r', Rules: [] } },
};
const plain = { Name: 'plain-bucket', Versioning: {}, Replication: null };

testAction(del, {
  resourceType: s3,
  context: { read: replay.read },
  valid: [{}, { 'remove-contents': false }],
  invalid: [{ options: { 'remove-contents': 'yes' }, messageId: 'schema', path: ['remove-contents'] }],
  cases: [
    {
      name: 'without remove-contents, deletes the buckets only',
      options: { 'remove-contents': false },
      resources: [versioned],
      calls: [
        {
          service: 's3',
          operation: 'DeleteBucket',
          input: { Bucket: 'ver-bucket' },
          resourceIds: ['ver-bucket'],
          describe: 'delete bucket ver-bucket',
          okErrors: ['NoSuchBucket'],
        },
      ],
    },
    {
      name: "empties then deletes, in Cloud Custodian's order (remove-contents is the default)",
      options: {},
      resources: [versioned, plain],
      calls: [
        { operation: 'DeleteBucketReplication', input: { Bucket: 'ver-bucket' } },
        {
          operation: 'PutBucketVersioning',
          input: { Bucket: 'ver-bucket', VersioningConfiguration: { Status: 'Suspended' } },
        },
        {
          operation: 'AbortMultipartUpload',
          input: { Bucket: 'ver-bucket', Key: 'big/backup.tar', UploadId: 'upload-1' },
          resourceIds: ['ver-bucket'],
        },
        {
          operation: 'DeleteObjects',
          input: {
            Bucket: 'ver-bucket',
            Delete: {
              Objects: [
                { Key: 'a.txt', VersionId: 'v2' },
                { Key: 'a.txt', VersionId: 'v1' },
                { Key: 'b.txt', VersionId: 'v3' },
                { Key: 'b.txt', VersionId: 'v4' },
              ],
            },
          },
          resourceIds: ['ver-bucket'],
          describe: 'delete 4 object versions from ver-bucket',
        },
        {
          operation: 'DeleteObjects',
          input: {
            Bucket: 'plain-bucket',
            Delete: { Objects: [{ Key: 'x.txt' }, { Key: 'y.txt' }, { Key: 'z.txt' }] },
          },
          describe: 'delete 3 objects from plain-bucket',
        },
        { operation: 'DeleteBucket', input: { Bucket: 'ver-bucket' } },
        { operation: 'DeleteBucket', input: { Bucket: 'plain-bucket' } },
      ],
    },
  ],
});

describe('s3 delete reads', () => {
  it('pages through uploads and objects with each listing its own markers', async () => {
    const r = replayReader('action-delete');
    const now = Date.now();
    await del.plan(
      [versioned, plain],
      { 'remove-contents': true },
      {
        now,
        region: 'us-east-1',
        accountId: '123456789012',
        read: r.read,
        resourceType: s3,
        policyName: 'test',
        policy: { name: 'test', resource: 'aws.s3' },
        dryrun: true,
      },
    );
    const calls = r.clients.session.calls.map((c) => [c.operation, c.input]);
    expect(calls).toEqual([
      ['ListMultipartUploads', { Bucket: 'ver-bucket' }],
      ['ListObjectVersions', { Bucket: 'ver-bucket' }],
      ['ListObjectVersions', { Bucket: 'ver-bucket', KeyMarker: 'a.txt', VersionIdMarker: 'v1' }],
      ['ListMultipartUploads', { Bucket: 'plain-bucket' }],
      ['ListObjects', { Bucket: 'plain-bucket' }],
      ['ListObjects', { Bucket: 'plain-bucket', Marker: 'y.txt' }],
    ]);
  });

  it('reads Versioning and Replication only to empty the bucket', () => {
    expect(del.reads?.({ 'remove-contents': true }, s3)).toEqual(['Versioning', 'Replication']);
    expect(del.reads?.({ 'remove-contents': false }, s3)).toEqual([]);
  });
});
