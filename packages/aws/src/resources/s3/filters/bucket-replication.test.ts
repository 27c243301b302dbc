import { fileURLToPath } from 'node:url';
import { LIST_ITEM_MATCHES } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import s3 from '../resource.js';
import bucketReplication from './bucket-replication.js';

// GetBucketLocation answers, in order: us-west-2, NoSuchBucket, AccessDenied (then the last again).
const dir = fileURLToPath(new URL('../__fixtures__/bucket-replication', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });

const rule = (id: string, dest: string, extra: Record<string, unknown> = {}) => ({
  ID: id,
  Status: 'Enabled',
  Priority: 1,
  Filter: { Prefix: '' },
  Destination: { Bucket: `arn:aws:s3:::${dest}` },
  DeleteMarkerReplication: { Status: 'Disabled' },
  ...extra,
});
const withRules = (Name: string, rules: unknown[]) => ({
  Name,
  Location: { LocationConstraint: null },
  Replication: { ReplicationConfiguration: { Role: 'arn:aws:iam::123456789012:role/r', Rules: rules } },
});
// One bucket, one rule to a destination each: replicated to us-west-2, to a deleted bucket,
// to another account's bucket; and a bucket without replication.
const buckets = () => [
  withRules('acme-west', [rule('west', 'acme-west-replica')]),
  withRules('acme-gone', [rule('gone', 'acme-deleted', { Status: 'Disabled' })]),
  withRules('acme-shared', [rule('shared', 'partner-bucket')]),
  { Name: 'acme-plain', Location: { LocationConstraint: null }, Replication: null },
];

testFilter(bucketReplication, {
  resourceType: s3,
  context: { provider: await replay(), region: 'us-east-1', accountId: '123456789012' },
  valid: [{}, { attrs: [{ Status: 'Enabled' }] }, { count: 0, count_op: 'eq' }],
  invalid: [
    { options: { attrs: 'Status' }, messageId: 'schema', path: ['attrs'] },
    { options: { count_op: 'bigger' }, messageId: 'schema', path: ['count_op'] },
    { options: { key: 'Rules' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'cross-region rules',
      options: { attrs: [{ CrossRegion: true }] },
      resources: buckets(),
      matches: ['acme-west'],
    },
  ],
});

describe('bucket-replication', () => {
  it("adds c7n's destination facts to each rule and records the matched rules", async () => {
    const provider = await replay();
    const ev = bucketReplication.compile(
      { attrs: [{ Status: 'Enabled' }] },
      { resourceType: s3, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const rs = buckets();
    const out = await ev.process(rs, { now: 0, provider, region: 'us-east-1' });
    expect(out.map((b) => b.Name)).toEqual(['acme-west', 'acme-shared']);
    const rules = rs.map((b) => (b.Replication as any)?.ReplicationConfiguration.Rules[0]);
    expect(rules.map((r) => r && [r.DestinationBucketAvailable, r.DestinationRegion, r.CrossRegion])).toEqual(
      [[true, 'us-west-2', true], [false, undefined, undefined], [true, undefined, undefined], undefined],
    );
    expect(rs[0]?.[LIST_ITEM_MATCHES as 'Name']).toEqual([rules[0]]);
    expect(provider.clients.session.calls.map((c) => c.input)).toEqual([
      { Bucket: 'acme-west-replica' },
      { Bucket: 'acme-deleted' },
      { Bucket: 'partner-bucket' },
    ]);
  });

  it('count: buckets without rules count 0', async () => {
    const provider = await replay();
    const ev = bucketReplication.compile(
      { count: 0 },
      { resourceType: s3, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process([buckets()[3]!], { now: 0, provider, region: 'us-east-1' });
    expect(out.map((b) => b.Name)).toEqual(['acme-plain']);
    expect(provider.clients.session.calls).toEqual([]);
  });
});
