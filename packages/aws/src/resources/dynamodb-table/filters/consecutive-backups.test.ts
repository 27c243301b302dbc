import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import tables from '../resource.js';
import consecutiveBackups from './consecutive-backups.js';

// ListBackups, two pages: orders has AVAILABLE backups on Jan 8 and 9 2026 (03:30, and 23:30 on
// the 9th); carts an AVAILABLE one on Jan 9 and a CREATING one on Jan 8.
const NOW = Date.UTC(2026, 0, 10, 0, 15);

async function run(options: Record<string, unknown>) {
  const provider = await createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/consecutive-backups', import.meta.url)),
  });
  const ev = consecutiveBackups.compile(options as never, {
    resourceType: tables,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = ['orders', 'carts', 'empty'].map((TableName) => ({ TableName }));
  const out = await ev.process(rs, { now: NOW, provider });
  return { rs, out: out.map((r) => r.TableName), calls: provider.clients.session.calls };
}

const opts = (count: number, period: string, status = 'AVAILABLE') => ({
  count,
  period,
  status,
  backuptype: 'SYSTEM',
});

testFilter(consecutiveBackups, {
  resourceType: tables,
  valid: [opts(7, 'days'), { ...opts(1, 'hours'), backuptype: 'ALL' }],
  invalid: [
    { options: { count: 7, period: 'days', status: 'AVAILABLE' }, messageId: 'schema' },
    { options: { ...opts(7, 'days'), backuptype: 'MANUAL' }, messageId: 'schema', path: ['backuptype'] },
    { options: opts(7, 'days', 'COMPLETED'), messageId: 'schema', path: ['status'] },
  ],
});

it('lists the backups once (every page) from the oldest period, per table by name', async () => {
  const { rs, out, calls } = await run(opts(2, 'days'));
  expect(out).toEqual(['orders']);
  expect(calls.map((c) => c.input)).toEqual([
    { BackupType: 'SYSTEM', TimeRangeLowerBound: new Date(Date.UTC(2026, 0, 8)) },
    {
      BackupType: 'SYSTEM',
      TimeRangeLowerBound: new Date(Date.UTC(2026, 0, 8)),
      ExclusiveStartBackupArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/carts/backup/093',
    },
  ]);
  expect(rs[1]?.['c7n:DynamodbBackups']).toHaveLength(2);
  expect(rs[2]?.['c7n:DynamodbBackups']).toEqual([]);
});

it('the status must be the one asked for; hours compare the UTC hour', async () => {
  expect((await run(opts(1, 'days', 'CREATING'))).out).toEqual([]);
  expect((await run(opts(1, 'days'))).out).toEqual(['orders', 'carts']);
  expect((await run(opts(1, 'hours'))).out).toEqual(['orders']);
});
