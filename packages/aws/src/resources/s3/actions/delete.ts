import { type ActionContext, defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { isServiceError } from '../../../query/errors.js';
import { bucketName, codeOf, inBucketRegions, items, type Reader, readPages } from './_bucket.js';

/** DeleteObjects takes at most 1000 keys (Cloud Custodian sends 100 per call from 10 threads). */
const DELETE_BATCH = 1000;

type Key = { Key: string; VersionId?: string };

/** Cloud Custodian's test: a bucket that has ever had versioning is emptied version by version. */
function versioned(b: Resource): boolean {
  const status = (b.Versioning as { Status?: unknown } | null | undefined)?.Status;
  return status === 'Enabled' || status === 'Suspended';
}

async function multipartUploads(read: Reader, bucket: string): Promise<{ Key: string; UploadId: string }[]> {
  const pages = await readPages(read, 'ListMultipartUploads', { Bucket: bucket }, (p) =>
    p.NextKeyMarker || p.NextUploadIdMarker
      ? { Bucket: bucket, KeyMarker: p.NextKeyMarker, UploadIdMarker: p.NextUploadIdMarker }
      : undefined,
  );
  return pages.flatMap((p) =>
    items(p, 'Uploads').flatMap((u) =>
      typeof u.Key === 'string' && typeof u.UploadId === 'string'
        ? [{ Key: u.Key, UploadId: u.UploadId }]
        : [],
    ),
  );
}

/** Every object (versioned: every version and delete marker), listed as Cloud Custodian lists them. */
async function contents(read: Reader, b: Resource, bucket: string): Promise<Key[]> {
  if (versioned(b)) {
    const pages = await readPages(read, 'ListObjectVersions', { Bucket: bucket }, (p) =>
      p.NextKeyMarker || p.NextVersionIdMarker
        ? { Bucket: bucket, KeyMarker: p.NextKeyMarker, VersionIdMarker: p.NextVersionIdMarker }
        : undefined,
    );
    return pages.flatMap((p) =>
      [...items(p, 'Versions'), ...items(p, 'DeleteMarkers')].flatMap((v) =>
        typeof v.Key === 'string'
          ? [typeof v.VersionId === 'string' ? { Key: v.Key, VersionId: v.VersionId } : { Key: v.Key }]
          : [],
      ),
    );
  }
  // ListObjects (v1), as Cloud Custodian: recorded runs hold ListObjects files, not ListObjectsV2.
  const pages = await readPages(read, 'ListObjects', { Bucket: bucket }, (p) => {
    const last = items(p, 'Contents').at(-1)?.Key;
    const marker = p.NextMarker ?? last;
    return typeof marker === 'string' ? { Bucket: bucket, Marker: marker } : undefined;
  });
  return pages.flatMap((p) =>
    items(p, 'Contents').flatMap((o) => (typeof o.Key === 'string' ? [{ Key: o.Key }] : [])),
  );
}

/** Reads for one bucket; a failed read is logged and the bucket is deleted anyway, as Cloud Custodian does. */
async function attempt<T>(
  ctx: ActionContext,
  bucket: string,
  what: string,
  fn: () => Promise<T>,
  empty: T,
): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!isServiceError(e)) throw e;
    ctx.log?.('warn', `s3: cannot list ${what} of bucket ${bucket} (${codeOf(e)}); DeleteBucket may fail`);
    return empty;
  }
}

export default defineAction({
  type: 'delete',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'remove-contents': {
        type: 'boolean',
        // Cloud Custodian's default: a bare `delete` empties the bucket first.
        default: true,
        description:
          'Empty the bucket first (the default, as in Cloud Custodian): remove its replication configuration, suspend versioning, abort multipart uploads and delete every object version. With `false`, only non-empty buckets fail to delete.',
      },
    },
  } as const,
  permissions: (opts) => [
    's3:DeleteBucket',
    ...(opts['remove-contents']
      ? [
          's3:PutReplicationConfiguration',
          's3:PutBucketVersioning',
          's3:ListBucketMultipartUploads',
          's3:AbortMultipartUpload',
          's3:ListBucket',
          's3:ListBucketVersions',
          's3:DeleteObject',
          's3:DeleteObjectVersion',
        ]
      : []),
  ],
  doc: {
    summary:
      'Delete buckets, emptying them first unless `remove-contents: false`. Emptying lists every object (every version of a versioned bucket) while planning, so a dry run shows how many deletions it would make; the plan holds one DeleteObjects call per 1000 keys.',
    example: '- type: delete\n  remove-contents: true',
  },
  reads: (opts) => (opts['remove-contents'] ? ['Versioning', 'Replication'] : []),
  async plan(buckets, opts, ctx) {
    const prepare: PlannedCall[] = [];
    const empty: PlannedCall[] = [];
    const remove: PlannedCall[] = [];
    for (const b of buckets) {
      const bucket = bucketName(b);
      if (!bucket) continue;
      if (opts['remove-contents']) {
        // Replication must go before versioning can be suspended.
        if (b.Replication !== null && b.Replication !== undefined)
          prepare.push({
            service: 's3',
            operation: 'DeleteBucketReplication',
            input: { Bucket: bucket },
            resourceIds: [bucket],
            describe: `remove the replication configuration of ${bucket}`,
          });
        // Otherwise deleting versions as we go would leave fresh delete markers.
        if ((b.Versioning as { Status?: unknown } | null | undefined)?.Status === 'Enabled')
          prepare.push({
            service: 's3',
            operation: 'PutBucketVersioning',
            input: { Bucket: bucket, VersioningConfiguration: { Status: 'Suspended' } },
            resourceIds: [bucket],
            describe: `suspend versioning on ${bucket}`,
          });
        const read = ctx.read;
        if (!read) {
          ctx.log?.('warn', `s3: no reader to list the contents of ${bucket}; DeleteBucket may fail`);
        } else {
          for (const u of await attempt(
            ctx,
            bucket,
            'multipart uploads',
            () => multipartUploads(read, bucket),
            [],
          ))
            prepare.push({
              service: 's3',
              operation: 'AbortMultipartUpload',
              input: { Bucket: bucket, Key: u.Key, UploadId: u.UploadId },
              resourceIds: [bucket],
              describe: `abort the multipart upload of ${u.Key} in ${bucket}`,
              okErrors: ['NoSuchUpload'],
            });
          const keys = await attempt(ctx, bucket, 'objects', () => contents(read, b, bucket), []);
          const batches = Math.ceil(keys.length / DELETE_BATCH);
          for (let i = 0; i < keys.length; i += DELETE_BATCH) {
            const batch = keys.slice(i, i + DELETE_BATCH);
            empty.push({
              service: 's3',
              operation: 'DeleteObjects',
              input: { Bucket: bucket, Delete: { Objects: batch } },
              resourceIds: [bucket],
              describe: `delete ${batch.length} object${versioned(b) ? ' version' : ''}${batch.length === 1 ? '' : 's'} from ${bucket}${batches > 1 ? ` (batch ${i / DELETE_BATCH + 1} of ${batches})` : ''}`,
            });
          }
        }
      }
      remove.push({
        service: 's3',
        operation: 'DeleteBucket',
        input: { Bucket: bucket },
        resourceIds: [bucket],
        describe: `delete bucket ${bucket}`,
        okErrors: ['NoSuchBucket'], // already gone
      });
    }
    // Cloud Custodian's order: prepare every bucket, empty every bucket, then delete them.
    return inBucketRegions([...prepare, ...empty, ...remove], buckets);
  },
});
