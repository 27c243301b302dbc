/**
 * encrypt-keys: Cloud Custodian's EncryptExtantKeys. While planning it lists each bucket page by
 * page (ListObjects, or ListObjectVersions for a bucket that has had versioning) and reads each
 * object's head; only the objects to act on become planned calls, so a bucket's listing is never
 * held whole. Reads and writes follow c7n's per-operation order, so its recordings replay.
 */
import {
  type ActionContext,
  defineAction,
  type PlannedCall,
  type Problem,
  type Resource,
} from '@c7n-ts/core';
import { isServiceError } from '../../../query/errors.js';
import { bucketName, bucketRegion, codeOf, inBucketRegions, items, type Reader } from './_bucket.js';

type Json = Record<string, unknown>;

/** Cloud Custodian's MAX_COPY_SIZE: bigger objects are copied in parts (CopyObject stops at 5 GB). */
export const MAX_COPY_SIZE = 2 * 1024 ** 3;
const PART_SIZE = MAX_COPY_SIZE - 1024 ** 2;
/** c7n writes the report in batches of the 100 keys it hands each worker. */
const REPORT_CHUNK = 100;

interface Opts {
  crypto?: 'AES256' | 'aws:kms';
  'key-id'?: string;
  glacier?: boolean;
  large?: boolean;
  'report-only'?: boolean;
}

/** c7n's bucket style: a bucket that has ever had versioning is scanned version by version. */
const versioned = (b: Resource) => {
  const status = (b.Versioning as { Status?: unknown } | null | undefined)?.Status;
  return status === 'Enabled' || status === 'Suspended';
};

/** botocore quotes a string CopySource (keeping `/` and `~`); the JS SDK leaves that to us. */
const copySource = (bucket: string, key: string) =>
  `/${bucket}/${key
    .split('/')
    .map((s) =>
      encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/')}`;

/** c7n's restore_complete: the `ongoing-request` part of the Restore header says false. */
const restoreComplete = (restore: string) => (restore.split(',', 1)[0] ?? '').includes('false');

/** Pages of a listing, one at a time (each dropped before the next is read). */
async function* pages(read: Reader, b: Resource, bucket: string, region: string | undefined) {
  const isVersioned = versioned(b);
  let input: Json | undefined = { Bucket: bucket };
  while (input) {
    const page = ((await read('s3', isVersioned ? 'ListObjectVersions' : 'ListObjects', input, region)) ??
      {}) as Json;
    yield items(page, isVersioned ? 'Versions' : 'Contents');
    if (page.IsTruncated !== true) break;
    if (isVersioned)
      input = { Bucket: bucket, KeyMarker: page.NextKeyMarker, VersionIdMarker: page.NextVersionIdMarker };
    else {
      const marker = page.NextMarker ?? items(page, 'Contents').at(-1)?.Key;
      input = typeof marker === 'string' ? { Bucket: bucket, Marker: marker } : undefined;
    }
  }
}

/** One bucket's planned calls and report entries. */
class BucketScan {
  readonly calls: PlannedCall[] = [];
  readonly report: unknown[] = [];
  count = 0;
  private parts = 0;
  constructor(
    readonly bucket: string,
    private readonly opts: Opts,
  ) {}

  private call(operation: string, input: Json, describe: string, extra: Partial<PlannedCall> = {}) {
    // Independent: as in c7n, one object's failure does not stop the others.
    this.calls.push({
      service: 's3',
      operation,
      input,
      resourceIds: [this.bucket],
      describe,
      independent: true,
      ...extra,
    });
  }

  /** c7n's process_key: true when the object is (or, report-only, would be) re-encrypted. */
  key(key: string, info: Json): boolean {
    const { opts } = this;
    const kmsId = opts['key-id'];
    if (info.ServerSideEncryption === 'AES256' && !kmsId) return false;
    if (info.ServerSideEncryption === 'aws:kms') {
      if (!kmsId) return false;
      // c7n's test is containment, not equality: a key id matches its ARN.
      if (String(info.SSEKMSKeyId ?? '').includes(kmsId)) return false;
    }
    if (opts['report-only']) return true;
    let storageClass = typeof info.StorageClass === 'string' ? info.StorageClass : 'STANDARD';
    if (storageClass === 'GLACIER') {
      if (!opts.glacier) return false;
      if (typeof info.Restore !== 'string') {
        // Restoring takes hours: a later run copies the object.
        this.call(
          'RestoreObject',
          { Bucket: this.bucket, Key: key, RestoreRequest: { Days: 30 } },
          `restore s3://${this.bucket}/${key} from Glacier for 30 days`,
        );
        return false;
      }
      if (!restoreComplete(info.Restore)) return false;
      storageClass = 'STANDARD';
    }
    const crypto = opts.crypto ?? 'AES256';
    const params: Json = {
      Bucket: this.bucket,
      Key: key,
      CopySource: copySource(this.bucket, key),
      MetadataDirective: 'COPY',
      StorageClass: storageClass,
      ServerSideEncryption: crypto,
      ...(kmsId && crypto === 'aws:kms' && { SSEKMSKeyId: kmsId }),
    };
    const size = Number(info.ContentLength ?? 0);
    if (size > MAX_COPY_SIZE && (opts.large ?? true)) this.multipart(key, info, params, size);
    else
      this.call(
        'CopyObject',
        params,
        `copy s3://${this.bucket}/${key} onto itself with ${crypto} encryption`,
      );
    return true;
  }

  /** c7n's process_large_file: a multipart copy in parts just under MAX_COPY_SIZE. */
  private multipart(key: string, info: Json, params: Json, size: number) {
    const { CopySource, MetadataDirective: _, ...create } = params;
    const ref = `encrypt-keys:${this.bucket}:${this.parts++}`;
    const n = Math.ceil(size / PART_SIZE);
    const uploadId = (outs: ReadonlyMap<string, unknown>) => {
      const id = (outs.get(ref) as { UploadId?: unknown } | undefined)?.UploadId;
      if (typeof id !== 'string') throw new Error('no upload');
      return { UploadId: id };
    };
    // Not independent: a part or completion without its upload (or after a failed part) is skipped.
    this.calls.push({
      service: 's3',
      operation: 'CreateMultipartUpload',
      input: { ...create, ...(info.Metadata !== undefined && { Metadata: info.Metadata }) },
      resourceIds: [this.bucket],
      describe: `start a ${n}-part encrypted copy of s3://${this.bucket}/${key}`,
      ref,
    });
    for (let part = 1; part <= n; part++)
      this.calls.push({
        service: 's3',
        operation: 'UploadPartCopy',
        input: {
          Bucket: this.bucket,
          Key: key,
          CopySource,
          CopySourceIfMatch: info.ETag,
          CopySourceRange: `bytes=${PART_SIZE * (part - 1)}-${Math.min(PART_SIZE * part - 1, size - 1)}`,
          PartNumber: part,
        },
        resourceIds: [this.bucket],
        describe: `copy part ${part} of ${n} of s3://${this.bucket}/${key}`,
        ref: `${ref}:${part}`,
        bind: uploadId,
      });
    this.calls.push({
      service: 's3',
      operation: 'CompleteMultipartUpload',
      input: { Bucket: this.bucket, Key: key },
      resourceIds: [this.bucket],
      describe: `complete the encrypted copy of s3://${this.bucket}/${key}`,
      bind: (outs) => ({
        ...uploadId(outs),
        MultipartUpload: {
          Parts: Array.from({ length: n }, (_, i) => ({
            ETag: (outs.get(`${ref}:${i + 1}`) as { CopyPartResult?: { ETag?: unknown } } | undefined)
              ?.CopyPartResult?.ETag,
            PartNumber: i + 1,
          })),
        },
      }),
    });
  }

  /** c7n's process_version: any encryption is enough; the old version goes once re-encrypted. */
  version(v: Json, info: Json): boolean {
    const key = String(v.Key);
    if (info.ServerSideEncryption !== undefined) return false;
    if (this.opts['report-only']) return true;
    const before = this.calls.length;
    if (v.IsLatest === true && !this.key(key, info)) return false;
    const copied = this.calls.length > before;
    this.calls.push({
      service: 's3',
      operation: 'DeleteObject',
      input: { Bucket: this.bucket, Key: key, VersionId: v.VersionId },
      resourceIds: [this.bucket],
      describe: `delete the unencrypted version ${String(v.VersionId)} of s3://${this.bucket}/${key}`,
      // The latest version is deleted only after its copy: never when a call of the bucket failed.
      independent: !copied,
    });
    return true;
  }
}

async function scan(
  b: Resource,
  bucket: string,
  opts: Opts,
  read: Reader,
  warn: (m: string) => void,
): Promise<BucketScan> {
  const region = bucketRegion(b);
  const s = new BucketScan(bucket, opts);
  const isVersioned = versioned(b);
  let batch: unknown[] = [];
  const flush = () => {
    if (batch.length) s.report.push(batch);
    batch = [];
  };
  for await (const objects of pages(read, b, bucket, region)) {
    for (const o of objects) {
      if (typeof o.Key !== 'string') continue;
      s.count++;
      const input = isVersioned
        ? { Bucket: bucket, Key: o.Key, VersionId: o.VersionId }
        : { Bucket: bucket, Key: o.Key };
      let info: Json;
      try {
        info = ((await read('s3', 'HeadObject', input, region)) ?? {}) as Json;
      } catch (e) {
        // c7n logs a failed batch of keys and goes on with the next; c7n-ts skips the one object.
        if (!isServiceError(e)) throw e;
        warn(`encrypt-keys: cannot read s3://${bucket}/${o.Key} (${codeOf(e)}); skipped`);
        continue;
      }
      if (isVersioned ? s.version(o, info) : s.key(o.Key, info))
        batch.push(isVersioned ? [o.Key, o.VersionId] : o.Key);
      if (batch.length === REPORT_CHUNK) flush();
    }
    flush();
  }
  return s;
}

/** c7n's BucketScanLog file: a list of key batches closed by an empty one; none when nothing was found. */
export function scanLog(report: readonly unknown[]): string {
  return `[\n${report.map((r) => `${JSON.stringify(r)},\n`).join('')}[]\n]`;
}

async function planBucket(b: Resource, opts: Opts, ctx: ActionContext): Promise<PlannedCall[]> {
  const bucket = bucketName(b);
  if (!bucket) return [];
  if (!ctx.read) throw new Error('encrypt-keys needs a reader to list bucket contents');
  let s: BucketScan;
  try {
    s = await scan(b, bucket, opts, ctx.read, (m) => ctx.log?.('warn', m));
  } catch (e) {
    if (!isServiceError(e)) throw e;
    // As c7n: a bucket removed or denied while scanning is logged and skipped.
    ctx.log?.('warn', `encrypt-keys: cannot scan bucket ${bucket} (${codeOf(e)}); skipped`);
    return [];
  }
  const found = s.report.reduce<number>((n, r) => n + (r as unknown[]).length, 0);
  ctx.log?.('info', `encrypt-keys: bucket ${bucket}: ${s.count} keys, ${found} to remediate`);
  if (found && ctx.output) await ctx.output.write(`${bucket}.json`, scanLog(s.report));
  return s.calls;
}

export default defineAction({
  type: 'encrypt-keys',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      crypto: {
        enum: ['AES256', 'aws:kms'],
        description: 'Server-side encryption of the copies: AES256 (the default, SSE-S3) or aws:kms.',
      },
      'key-id': {
        type: 'string',
        description:
          'KMS key for `crypto: aws:kms` (required with it there); objects already under a key whose id contains it are left alone.',
      },
      glacier: {
        type: 'boolean',
        description:
          'Also re-encrypt Glacier objects: one not yet restored is restored for 30 days (RestoreObject) for a later run; a restored one is copied back to STANDARD.',
      },
      large: {
        type: 'boolean',
        description:
          'Copy objects over 2 GiB with a multipart copy (the default); false: with CopyObject like the others.',
      },
      'report-only': {
        type: 'boolean',
        description: 'Only list the unencrypted objects in the report, changing nothing.',
      },
    },
  } as const,
  permissions: (opts) => [
    's3:GetObject',
    's3:GetObjectVersion',
    's3:ListBucket',
    's3:ListBucketVersions',
    ...(opts['report-only'] ? [] : ['s3:DeleteObjectVersion', 's3:PutObject', 's3:RestoreObject']),
  ],
  doc: {
    summary:
      "Encrypt existing unencrypted objects, as Cloud Custodian's encrypt-keys: each bucket is listed (ListObjects; a bucket that has had versioning, ListObjectVersions) and each object's HeadObject read while planning; an unencrypted object (or one not under `key-id`) is copied onto itself with encryption (CopyObject; over 2 GiB, a multipart copy), and an unencrypted old version is deleted once its latest copy is made. The keys remediated (or, with `report-only`, found) are written to `<bucket>.json` in the policy's output directory, as c7n's scan log. Individual object ACL grants are lost on copy, as in c7n.",
    example: '- type: encrypt-keys\n  crypto: aws:kms\n  key-id: 9c3983be-c6cf-11e6-9d9d-cec0c932ce01',
  },
  messages: {
    'key-id-needs-kms': '`key-id` needs `crypto: aws:kms`.',
  },
  check(opts): Problem[] {
    // Cloud Custodian's schema dependency: key-id requires crypto matching aws:kms.
    if (opts['key-id'] === undefined || opts.crypto === 'aws:kms') return [];
    return [
      {
        messageId: 'key-id-needs-kms',
        message: '`key-id` needs `crypto: aws:kms` (objects are otherwise encrypted with AES256 and no key).',
        path: ['key-id'],
      },
    ];
  },
  reads: () => ['Name', 'Location', 'Versioning'],
  async plan(buckets, opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const b of buckets) calls.push(...(await planBucket(b, opts, ctx)));
    return inBucketRegions(calls, buckets);
  },
});
