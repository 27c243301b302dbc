import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import resourceType from '../resource.js';
import consecutiveAwsBackups from './consecutive-aws-backups.js';

// ListRecoveryPointsByResource in call order: the first has COMPLETED points on Jan 8 and 9
// 2026, the second a PARTIAL one on Jan 9.
const NOW = Date.UTC(2026, 0, 10, 0, 15);
const ARNS = [
  'arn:aws:dynamodb:us-east-1:123456789012:table/orders',
  'arn:aws:dynamodb:us-east-1:123456789012:table/carts',
];

async function run(options: Record<string, unknown>) {
  const provider = await createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/consecutive-aws-backups', import.meta.url)),
  });
  const ev = consecutiveAwsBackups.compile(options as never, {
    resourceType,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = ARNS.map((arn, i) => ({ TableName: `r${i + 1}`, TableArn: arn }));
  const out = await ev.process(rs, { now: NOW, provider });
  return { out: out.map((r) => r.TableName), calls: provider.clients.session.calls };
}

testFilter(consecutiveAwsBackups, {
  resourceType,
  valid: [{ count: 2, period: 'days', status: 'COMPLETED' }],
  invalid: [
    { options: { count: 2, period: 'days' }, messageId: 'schema' },
    { options: { count: 2, period: 'months', status: 'COMPLETED' }, messageId: 'schema', path: ['period'] },
  ],
});

it('lists the recovery points by TableArn and needs one of the status in each period', async () => {
  const { out, calls } = await run({ count: 2, period: 'days', status: 'COMPLETED' });
  expect(out).toEqual(['r1']);
  expect(calls.map((c) => c.input)).toEqual(ARNS.map((ResourceArn) => ({ ResourceArn })));
  expect((await run({ count: 1, period: 'days', status: 'PARTIAL' })).out).toEqual(['r2']);
  expect((await run({ count: 3, period: 'days', status: 'COMPLETED' })).out).toEqual([]);
});
