import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import s3 from '../resource.js';
import bucketEncryption from './bucket-encryption.js';

// GetBucketEncryption answers, in call order: AES256 (no bucket key), aws:kms with a bucket
// key, and no configuration. Each case reads three buckets, so the counter wraps to _1.
const dir = fileURLToPath(new URL('../__fixtures__/bucket-encryption', import.meta.url));
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
const buckets = (): Record<string, unknown>[] => [{ Name: 'b-aes' }, { Name: 'b-kms' }, { Name: 'b-none' }];

testFilter(bucketEncryption, {
  resourceType: s3,
  context: { provider, region: 'us-east-1' },
  valid: [{ state: false }, { crypto: 'aws:kms', key: 'alias/s3' }, { bucket_key_enabled: true }],
  invalid: [
    {
      options: { key: 'alias/s3', bucket_key_enabled: true },
      messageId: 'key-and-bucket-key',
      path: ['bucket_key_enabled'],
    },
    { options: { crypto: 'DES' }, messageId: 'schema', path: ['crypto'] },
    { options: { enabled: true }, messageId: 'schema' },
  ],
  cases: [
    { name: 'any default encryption', options: {}, resources: buckets(), matches: ['b-aes', 'b-kms'] },
    { name: 'state false', options: { state: false }, resources: buckets(), matches: ['b-none'] },
    { name: 'crypto AES256', options: { crypto: 'AES256' }, resources: buckets(), matches: ['b-aes'] },
    { name: 'crypto aws:kms', options: { crypto: 'aws:kms' }, resources: buckets(), matches: ['b-kms'] },
    {
      name: 'bucket key enabled',
      options: { bucket_key_enabled: true },
      resources: buckets(),
      matches: ['b-kms'],
    },
    // A bucket without rules falls through to `state` (true), as in c7n, so it does not match.
    {
      name: 'bucket key disabled',
      options: { bucket_key_enabled: false },
      resources: buckets(),
      matches: ['b-aes'],
    },
  ],
});

describe('bucket-encryption calls', () => {
  it('calls once per bucket and keeps the answer for later filters (an `or` of three)', async () => {
    const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    const rs = buckets();
    const ctx = { now: 0, provider: p };
    const cctx = { resourceType: s3, policyName: 't', registry: p.registry };
    const hit = new Set<unknown>();
    for (const opts of [
      { state: false },
      { crypto: 'aws:kms', state: true },
      { crypto: 'AES256', state: true },
    ]) {
      const ev = bucketEncryption.compile(opts, cctx);
      if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
      for (const r of await ev.process(rs, ctx)) hit.add(r.Name);
    }
    expect([...hit].sort()).toEqual(['b-aes', 'b-kms', 'b-none']);
    expect(p.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['GetBucketEncryption', { Bucket: 'b-aes' }],
      ['GetBucketEncryption', { Bucket: 'b-kms' }],
      ['GetBucketEncryption', { Bucket: 'b-none' }],
    ]);
    expect(rs[2]?.['c7n:bucket-encryption']).toEqual({});
  });

  it('reads only the listing (it makes its own call), plus Location to resolve a key', () => {
    expect(bucketEncryption.reads?.({}, s3)).toEqual(['Name']);
    expect(bucketEncryption.reads?.({ crypto: 'aws:kms', key: 'alias/x' }, s3)).toEqual(['Name', 'Location']);
  });
});
