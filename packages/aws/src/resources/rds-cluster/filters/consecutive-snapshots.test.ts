import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import clusters from '../resource.js';
import consecutiveSnapshots, { DB_CLUSTER_SNAPSHOTS } from './consecutive-snapshots.js';

// Flight data (two pages): aurora-daily has available snapshots on Jan 7, 8 and 9 2026;
// aurora-gappy on Jan 7 and 9, and one still creating on Jan 8; aurora-none has none.
const NOW = Date.UTC(2026, 0, 10, 1, 0);

const run = async (days: number, resources: Resource[]) => {
  const provider = await createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/consecutive-snapshots', import.meta.url)),
  });
  const ev = consecutiveSnapshots.compile(
    { days },
    { resourceType: clusters, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process(resources, { now: NOW, provider });
  return {
    out: out.map((r) => r.DBClusterIdentifier),
    calls: provider.clients.session.calls.map((c) => [c.operation, c.input]),
  };
};
const dbs = (): Resource[] =>
  ['aurora-daily', 'aurora-gappy', 'aurora-none'].map((DBClusterIdentifier) => ({ DBClusterIdentifier }));

testFilter(consecutiveSnapshots, {
  resourceType: clusters,
  valid: [{ days: 7 }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { days: 0 }, messageId: 'schema', path: ['days'] },
  ],
});

describe('rds-cluster consecutive-snapshots', () => {
  it('lists the cluster snapshots filtered by db-cluster-id, all pages, and needs each day back', async () => {
    const rs = dbs();
    const { out, calls } = await run(3, rs);
    expect(out).toEqual(['aurora-daily']);
    const Filters = [{ Name: 'db-cluster-id', Values: ['aurora-daily', 'aurora-gappy', 'aurora-none'] }];
    expect(calls).toEqual([
      ['DescribeDBClusterSnapshots', { Filters }],
      ['DescribeDBClusterSnapshots', { Filters, Marker: 'page-2' }],
    ]);
    expect(rs[1]?.[DB_CLUSTER_SNAPSHOTS]).toHaveLength(3);
    expect(rs[2]?.[DB_CLUSTER_SNAPSHOTS]).toEqual([]);
  });

  it('one day back: both with a snapshot yesterday', async () => {
    expect((await run(1, dbs())).out).toEqual(['aurora-daily', 'aurora-gappy']);
  });

  it('resources already annotated are not listed again', async () => {
    const rs = dbs().map((r) => ({ ...r, [DB_CLUSTER_SNAPSHOTS]: [] }));
    const { out, calls } = await run(1, rs);
    expect(out).toEqual([]);
    expect(calls).toEqual([]);
  });
});
