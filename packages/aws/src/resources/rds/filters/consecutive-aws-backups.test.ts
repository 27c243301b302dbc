import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import rds from '../resource.js';
import consecutiveAwsBackups, { AWS_BACKUPS } from './consecutive-aws-backups.js';

const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/consecutive-aws-backups', import.meta.url)),
  });

// Flight data: daily (two pages) has COMPLETED points on Jan 7, 8 and 9 2026 (03:30, and 23:30
// on the 9th); gappy has a COMPLETED one on Jan 9 and a PARTIAL one on Jan 8.
const NOW = Date.UTC(2026, 0, 10, 0, 15);
const dbs = () =>
  ['daily', 'gappy'].map((id) => ({
    DBInstanceIdentifier: id,
    DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  }));

const run = async (options: Record<string, unknown>) => {
  const provider = await replay();
  const ev = consecutiveAwsBackups.compile(options as never, {
    resourceType: rds,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = dbs();
  const out = await ev.process(rs, { now: NOW, provider });
  return { rs, out: out.map((r) => r.DBInstanceIdentifier), calls: provider.clients.session.calls };
};

testFilter(consecutiveAwsBackups, {
  resourceType: rds,
  valid: [{ count: 7, period: 'days', status: 'COMPLETED' }],
  invalid: [
    { options: { count: 7, period: 'days' }, messageId: 'schema' },
    { options: { count: 7, period: 'months', status: 'COMPLETED' }, messageId: 'schema', path: ['period'] },
    { options: { count: 0, period: 'days', status: 'COMPLETED' }, messageId: 'schema', path: ['count'] },
  ],
});

describe('rds consecutive-aws-backups', () => {
  it('lists the recovery points of each instance ARN, following NextToken, and counts days back', async () => {
    const { rs, out, calls } = await run({ count: 3, period: 'days', status: 'COMPLETED' });
    expect(out).toEqual(['daily']);
    expect(calls.map((c) => [c.service, c.operation, c.input])).toEqual([
      [
        'backup',
        'ListRecoveryPointsByResource',
        { ResourceArn: 'arn:aws:rds:us-east-1:123456789012:db:daily' },
      ],
      [
        'backup',
        'ListRecoveryPointsByResource',
        { ResourceArn: 'arn:aws:rds:us-east-1:123456789012:db:daily', NextToken: 't2' },
      ],
      [
        'backup',
        'ListRecoveryPointsByResource',
        { ResourceArn: 'arn:aws:rds:us-east-1:123456789012:db:gappy' },
      ],
    ]);
    expect(rs[1]?.[AWS_BACKUPS]).toHaveLength(2);
  });

  it('the status must be the one asked for', async () => {
    expect((await run({ count: 2, period: 'days', status: 'PARTIAL' })).out).toEqual([]);
    expect((await run({ count: 1, period: 'days', status: 'COMPLETED' })).out).toEqual(['daily', 'gappy']);
  });

  it('hours compare the UTC hour', async () => {
    // 00:15 on Jan 10: the last hour is 23:00 on Jan 9, when only daily has a point.
    expect((await run({ count: 1, period: 'hours', status: 'COMPLETED' })).out).toEqual(['daily']);
  });

  it('weeks compare the day one week back', async () => {
    expect((await run({ count: 1, period: 'weeks', status: 'COMPLETED' })).out).toEqual([]);
  });
});
