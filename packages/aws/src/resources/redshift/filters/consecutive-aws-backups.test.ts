import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import redshift from '../resource.js';
import consecutiveAwsBackups from './consecutive-aws-backups.js';

// Flight data: analytics has COMPLETED recovery points on Jan 9, 8 (page 1) and 7 (page 2);
// staging has none.
const NOW = Date.UTC(2026, 0, 10, 1, 0);
const arn = (id: string) => `arn:aws:redshift:us-east-1:123456789012:cluster:${id}`;

const run = async (options: Record<string, unknown>) => {
  const provider = await createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/consecutive-aws-backups', import.meta.url)),
  });
  const ev = consecutiveAwsBackups.compile(options as never, {
    resourceType: redshift,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = [{ ClusterIdentifier: 'analytics' }, { ClusterIdentifier: 'staging' }];
  const out = await ev.process(rs, { now: NOW, provider, region: 'us-east-1', accountId: '123456789012' });
  return { out: out.map((r) => r.ClusterIdentifier), calls: provider.clients.session.calls };
};

testFilter(consecutiveAwsBackups, {
  resourceType: redshift,
  valid: [{ count: 7, period: 'days', status: 'COMPLETED' }],
  invalid: [{ options: { count: 7, period: 'months', status: 'COMPLETED' }, messageId: 'schema' }],
});

describe('redshift consecutive-aws-backups', () => {
  it('lists recovery points by the ARN built from the cluster id (clusters carry none)', async () => {
    const { out, calls } = await run({ count: 3, period: 'days', status: 'COMPLETED' });
    expect(out).toEqual(['analytics']);
    expect(calls.map((c) => [c.operation, c.input])).toEqual([
      ['ListRecoveryPointsByResource', { ResourceArn: arn('analytics') }],
      ['ListRecoveryPointsByResource', { ResourceArn: arn('analytics'), NextToken: 't2' }],
      ['ListRecoveryPointsByResource', { ResourceArn: arn('staging') }],
    ]);
  });
});
