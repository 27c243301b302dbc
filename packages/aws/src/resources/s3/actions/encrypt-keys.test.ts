import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import s3 from '../resource.js';
import { replayReader } from './_replay.js';
import encryptKeys, { scanLog } from './encrypt-keys.js';

// acme-plain, two ListObjects pages: a.txt unencrypted, b.txt AES256, "cold/c (1).bin" in Glacier
// (not restored), big.iso 5 GiB unencrypted. acme-versioned: d.txt v2 (latest) and v1
// unencrypted, e.txt v9 under another KMS key, and a delete marker.
const plain = { Name: 'acme-plain', Location: { LocationConstraint: null }, Versioning: {} };
const ver = {
  Name: 'acme-versioned',
  Location: { LocationConstraint: null },
  Versioning: { Status: 'Enabled' },
};
const GiB = 1024 ** 3;
const PART = 2 * GiB - 1024 ** 2;

async function planWith(
  opts: Record<string, unknown>,
  buckets: Record<string, unknown>[] = [plain, ver],
  fixtures = 'action-encrypt-keys',
) {
  const r = replayReader(fixtures);
  const files = new Map<string, string>();
  const logs: string[] = [];
  const ctx = {
    now: Date.now(),
    region: 'us-east-1',
    accountId: '123456789012',
    read: r.read,
    resourceType: s3,
    policyName: 'test',
    policy: { name: 'test', resource: 'aws.s3' },
    dryrun: false,
    output: { location: 'out', write: async (p: string, c: string) => void files.set(p, c) },
    log: (_level: string, m: string) => void logs.push(m),
  };
  const calls = await encryptKeys.plan(structuredClone(buckets), opts as never, ctx);
  return { calls, files, r, logs };
}

testAction(encryptKeys, {
  resourceType: s3,
  context: { read: replayReader('action-encrypt-keys').read },
  valid: [
    {},
    { crypto: 'aws:kms', 'key-id': 'alias/s3' },
    { crypto: 'AES256', glacier: true, large: false, 'report-only': true },
  ],
  invalid: [
    { options: { crypto: 'aws:kms:dsse' }, messageId: 'schema', path: ['crypto'] },
    { options: { 'key-id': 'alias/s3' }, messageId: 'key-id-needs-kms', path: ['key-id'] },
    { options: { crypto: 'AES256', 'key-id': 'alias/s3' }, messageId: 'key-id-needs-kms' },
    { options: { large: 'yes' }, messageId: 'schema', path: ['large'] },
  ],
  cases: [
    {
      name: "copies unencrypted objects onto themselves, in c7n's order",
      options: {},
      resources: [plain, ver],
      calls: [
        {
          operation: 'CopyObject',
          input: {
            Bucket: 'acme-plain',
            Key: 'a.txt',
            CopySource: '/acme-plain/a.txt',
            MetadataDirective: 'COPY',
            StorageClass: 'STANDARD',
            ServerSideEncryption: 'AES256',
          },
          resourceIds: ['acme-plain'],
          region: 'us-east-1',
        },
        {
          operation: 'CreateMultipartUpload',
          input: {
            Bucket: 'acme-plain',
            Key: 'big.iso',
            StorageClass: 'STANDARD',
            ServerSideEncryption: 'AES256',
            Metadata: { owner: 'ops' },
          },
        },
        {
          operation: 'UploadPartCopy',
          input: { PartNumber: 1, CopySourceRange: `bytes=0-${PART - 1}`, CopySourceIfMatch: '"big"' },
        },
        {
          operation: 'UploadPartCopy',
          input: { PartNumber: 2, CopySourceRange: `bytes=${PART}-${2 * PART - 1}` },
        },
        {
          operation: 'UploadPartCopy',
          input: { PartNumber: 3, CopySourceRange: `bytes=${2 * PART}-${5 * GiB - 1}` },
        },
        { operation: 'CompleteMultipartUpload', input: { Bucket: 'acme-plain', Key: 'big.iso' } },
        { operation: 'CopyObject', input: { Bucket: 'acme-versioned', Key: 'd.txt' } },
        { operation: 'DeleteObject', input: { Bucket: 'acme-versioned', Key: 'd.txt', VersionId: 'v2' } },
        { operation: 'DeleteObject', input: { Bucket: 'acme-versioned', Key: 'd.txt', VersionId: 'v1' } },
      ],
    },
  ],
});

describe('encrypt-keys', () => {
  it("reads each page, then each object's head (by version in a versioned bucket)", async () => {
    const { r } = await planWith({});
    expect(r.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['ListObjects', { Bucket: 'acme-plain' }],
      ['HeadObject', { Bucket: 'acme-plain', Key: 'a.txt' }],
      ['HeadObject', { Bucket: 'acme-plain', Key: 'b.txt' }],
      ['ListObjects', { Bucket: 'acme-plain', Marker: 'b.txt' }],
      ['HeadObject', { Bucket: 'acme-plain', Key: 'cold/c (1).bin' }],
      ['HeadObject', { Bucket: 'acme-plain', Key: 'big.iso' }],
      ['ListObjectVersions', { Bucket: 'acme-versioned' }],
      ['HeadObject', { Bucket: 'acme-versioned', Key: 'd.txt', VersionId: 'v2' }],
      ['HeadObject', { Bucket: 'acme-versioned', Key: 'd.txt', VersionId: 'v1' }],
      ['HeadObject', { Bucket: 'acme-versioned', Key: 'e.txt', VersionId: 'v9' }],
    ]);
  });

  it("writes c7n's scan log (a batch per page) per bucket with something to remediate", async () => {
    const { files } = await planWith({});
    expect(JSON.parse(files.get('acme-plain.json') ?? 'null')).toEqual([['a.txt'], ['big.iso'], []]);
    expect(JSON.parse(files.get('acme-versioned.json') ?? 'null')).toEqual([
      [
        ['d.txt', 'v2'],
        ['d.txt', 'v1'],
      ],
      [],
    ]);
    expect(scanLog([['k']])).toBe('[\n["k"],\n[]\n]');
  });

  it('report-only: reports, plans nothing', async () => {
    const { calls, files } = await planWith({ 'report-only': true });
    expect(calls).toEqual([]);
    expect(JSON.parse(files.get('acme-plain.json') ?? 'null')).toEqual([
      ['a.txt'],
      ['cold/c (1).bin', 'big.iso'],
      [],
    ]);
  });

  it('glacier: restores an unrestored object instead of copying it; large false copies in one call', async () => {
    const { calls } = await planWith({ glacier: true, large: false }, [plain]);
    expect(
      calls.map((c) => [c.operation, c.input.Key, c.input.RestoreRequest ?? c.input.CopySource]),
    ).toEqual([
      ['CopyObject', 'a.txt', '/acme-plain/a.txt'],
      ['RestoreObject', 'cold/c (1).bin', { Days: 30 }],
      ['CopyObject', 'big.iso', '/acme-plain/big.iso'],
    ]);
  });

  it('key-id: re-encrypts AES256 objects under the key, leaves objects already under it', async () => {
    const { calls } = await planWith({ crypto: 'aws:kms', 'key-id': 'key/other' }, [plain]);
    expect(calls.filter((c) => c.operation === 'CopyObject').map((c) => c.input)).toEqual([
      expect.objectContaining({ Key: 'a.txt', ServerSideEncryption: 'aws:kms', SSEKMSKeyId: 'key/other' }),
      expect.objectContaining({ Key: 'b.txt', ServerSideEncryption: 'aws:kms', SSEKMSKeyId: 'key/other' }),
    ]);
  });

  it("deletes a latest version only after its copy, never after the bucket's earlier failure", async () => {
    const { calls: all } = await planWith({});
    const calls = all.filter((c) => c.input.Bucket === 'acme-versioned');
    expect(calls.map((c) => [c.operation, c.input.VersionId, c.independent])).toEqual([
      ['CopyObject', undefined, true],
      ['DeleteObject', 'v2', false],
      ['DeleteObject', 'v1', true],
    ]);
  });

  it('the part uploads take the upload id of their own copy, and completion the parts', async () => {
    const { calls } = await planWith({}, [plain]);
    const parts = calls.filter((c) => c.operation === 'UploadPartCopy');
    const complete = calls.find((c) => c.operation === 'CompleteMultipartUpload');
    const outs = new Map<string, unknown>([
      ['encrypt-keys:acme-plain:0', { UploadId: 'u1' }],
      ...[1, 2, 3].map(
        (n) => [`encrypt-keys:acme-plain:0:${n}`, { CopyPartResult: { ETag: `e${n}` } }] as const,
      ),
    ]);
    expect(parts[0]?.bind?.(outs)).toEqual({ UploadId: 'u1' });
    expect(complete?.bind?.(outs)).toEqual({
      UploadId: 'u1',
      MultipartUpload: {
        Parts: [
          { ETag: 'e1', PartNumber: 1 },
          { ETag: 'e2', PartNumber: 2 },
          { ETag: 'e3', PartNumber: 3 },
        ],
      },
    });
    expect(() => complete?.bind?.(new Map())).toThrow();
  });

  it('an object whose head cannot be read is skipped with a warning; the others go on', async () => {
    const { calls, logs } = await planWith({}, [plain], 'action-encrypt-keys-denied');
    expect(calls.map((c) => c.input.Key)).toEqual(['ours.txt']);
    expect(logs.some((m) => m.includes('cannot read s3://acme-plain/theirs.txt'))).toBe(true);
  });
});
