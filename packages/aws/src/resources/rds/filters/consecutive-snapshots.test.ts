import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import rds from '../resource.js';
import consecutiveSnapshots, { DB_SNAPSHOTS } from './consecutive-snapshots.js';

const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/consecutive-snapshots', import.meta.url)),
  });

// Flight data (two pages): daily has available snapshots on Jan 7, 8 and 9 2026; gappy on
// Jan 7 and 9, and one still creating on Jan 8; none has none.
const NOW = Date.UTC(2026, 0, 10, 1, 0);

const run = async (days: number, resources: Resource[]) => {
  const provider = await replay();
  const ev = consecutiveSnapshots.compile(
    { days },
    { resourceType: rds, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process(resources, { now: NOW, provider });
  return {
    out: out.map((r) => r.DBInstanceIdentifier),
    calls: provider.clients.session.calls.map((c) => c.input as Record<string, unknown>),
  };
};
const dbs = (): Resource[] =>
  ['daily', 'gappy', 'none'].map((DBInstanceIdentifier) => ({ DBInstanceIdentifier }));

testFilter(consecutiveSnapshots, {
  resourceType: rds,
  valid: [{ days: 7 }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { days: 0 }, messageId: 'schema', path: ['days'] },
    { options: { days: 3, count: 3 }, messageId: 'schema' },
  ],
});

describe('rds consecutive-snapshots', () => {
  it('needs an available snapshot on each of the last days (UTC), yesterday back', async () => {
    const rs = dbs();
    const { out, calls } = await run(3, rs);
    expect(out).toEqual(['daily']);
    expect(calls).toEqual([
      { Filters: [{ Name: 'db-instance-id', Values: ['daily', 'gappy', 'none'] }] },
      { Filters: [{ Name: 'db-instance-id', Values: ['daily', 'gappy', 'none'] }], Marker: 'm2' },
    ]);
    expect(rs[2]?.[DB_SNAPSHOTS]).toEqual([]);
  });

  it('one day back only needs yesterday', async () => {
    expect((await run(1, dbs())).out).toEqual(['daily', 'gappy']);
  });

  it('asks about 50 instances a call and skips those already annotated', async () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ DBInstanceIdentifier: `db-${i}` }));
    const { calls } = await run(1, [{ DBInstanceIdentifier: 'known', [DB_SNAPSHOTS]: [] }, ...many]);
    const values = calls.map((c) => (c.Filters as { Values: string[] }[])[0]?.Values.length);
    // Each chunk follows Marker: the replayed pages (first with a Marker) come round again.
    expect(values).toEqual([50, 50, 1, 1]);
  });
});
