import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import redshift from '../resource.js';
import consecutiveSnapshots, { REDSHIFT_SNAPSHOTS } from './consecutive-snapshots.js';

// Flight data (two pages): analytics has available snapshots on Jan 7, 8 and 9 2026 at 03:00
// and one at 23:30 on Jan 9; staging on Jan 7 and 9, and a failed one on Jan 8.
const NOW = Date.UTC(2026, 0, 10, 0, 15);

const run = async (options: Record<string, unknown>, resources?: Resource[]) => {
  const provider = await createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/consecutive-snapshots', import.meta.url)),
  });
  const ev = consecutiveSnapshots.compile(options as never, {
    resourceType: redshift,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs =
    resources ?? ['analytics', 'staging', 'idle'].map((ClusterIdentifier) => ({ ClusterIdentifier }));
  const out = await ev.process(rs, { now: NOW, provider });
  return {
    rs,
    out: out.map((r) => r.ClusterIdentifier),
    calls: provider.clients.session.calls.map((c) => [c.operation, c.input]),
  };
};

testFilter(consecutiveSnapshots, {
  resourceType: redshift,
  valid: [{ count: 7, period: 'days', status: 'available' }],
  invalid: [
    { options: { days: 7 }, messageId: 'schema' },
    { options: { count: 7, period: 'days', status: 'COMPLETED' }, messageId: 'schema', path: ['status'] },
  ],
});

describe('redshift consecutive-snapshots', () => {
  it('lists every snapshot since the first period (StartTime, all pages) and needs each day back', async () => {
    const { rs, out, calls } = await run({ count: 3, period: 'days', status: 'available' });
    expect(out).toEqual(['analytics']);
    const StartTime = new Date('2026-01-07T00:00:00Z');
    expect(calls).toEqual([
      ['DescribeClusterSnapshots', { StartTime }],
      ['DescribeClusterSnapshots', { StartTime, Marker: 'page-2' }],
    ]);
    expect((rs[1] as Resource | undefined)?.[REDSHIFT_SNAPSHOTS]).toHaveLength(3);
    expect((rs[2] as Resource | undefined)?.[REDSHIFT_SNAPSHOTS]).toEqual([]);
  });

  it('the status counts: failed ones match status failed only', async () => {
    expect((await run({ count: 2, period: 'days', status: 'failed' })).out).toEqual([]);
    expect((await run({ count: 1, period: 'days', status: 'available' })).out).toEqual([
      'analytics',
      'staging',
    ]);
  });

  it('hours compare the UTC hour: 23:00 on Jan 9', async () => {
    const { out, calls } = await run({ count: 1, period: 'hours', status: 'available' });
    expect(out).toEqual(['analytics']);
    expect(calls[0]).toEqual(['DescribeClusterSnapshots', { StartTime: new Date('2026-01-09T23:00:00Z') }]);
  });

  it('weeks compare the day one week back', async () => {
    expect((await run({ count: 1, period: 'weeks', status: 'available' })).out).toEqual([]);
  });
});
