import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import clusters from '../resource.js';
import consecutiveAwsBackups from './consecutive-aws-backups.js';

// Flight data: aurora-daily has COMPLETED recovery points on Jan 7, 8 and 9 2026; aurora-gappy
// a COMPLETED one on Jan 9 and a PARTIAL one on Jan 8.
const NOW = Date.UTC(2026, 0, 10, 1, 0);
const arn = (id: string) => `arn:aws:rds:us-east-1:123456789012:cluster:${id}`;

const run = async (options: Record<string, unknown>) => {
  const provider = await createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/consecutive-aws-backups', import.meta.url)),
  });
  const ev = consecutiveAwsBackups.compile(options as never, {
    resourceType: clusters,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = ['aurora-daily', 'aurora-gappy'].map((id) => ({
    DBClusterIdentifier: id,
    DBClusterArn: arn(id),
  }));
  const out = await ev.process(rs, { now: NOW, provider });
  return { out: out.map((r) => r.DBClusterIdentifier), calls: provider.clients.session.calls };
};

testFilter(consecutiveAwsBackups, {
  resourceType: clusters,
  valid: [{ count: 7, period: 'days', status: 'COMPLETED' }],
  invalid: [{ options: { count: 7, period: 'days' }, messageId: 'schema' }],
});

describe('rds-cluster consecutive-aws-backups', () => {
  it("lists each cluster's recovery points by its DBClusterArn", async () => {
    const { out, calls } = await run({ count: 3, period: 'days', status: 'COMPLETED' });
    expect(out).toEqual(['aurora-daily']);
    expect(calls.map((c) => [c.operation, c.input])).toEqual([
      ['ListRecoveryPointsByResource', { ResourceArn: arn('aurora-daily') }],
      ['ListRecoveryPointsByResource', { ResourceArn: arn('aurora-gappy') }],
    ]);
  });

  it('one day back: both', async () => {
    expect((await run({ count: 1, period: 'days', status: 'COMPLETED' })).out).toEqual([
      'aurora-daily',
      'aurora-gappy',
    ]);
  });
});
