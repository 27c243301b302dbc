import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import account from '../resource.js';
import sesSendStats from './ses-send-stats.js';

testFilter(sesSendStats, {
  resourceType: account,
  valid: [{ days: 2 }, { days: 14 }],
  invalid: [
    { options: {}, messageId: 'schema', path: [] },
    { options: { days: 1 }, messageId: 'schema', path: ['days'] },
  ],
});

async function run(fixture: string, days: number) {
  const provider = await createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL(`../__fixtures__/${fixture}`, import.meta.url)),
  });
  const ev = sesSendStats.compile(
    { days },
    { resourceType: account, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const a: Resource = { account_id: '123456789012', account_name: 'prod' };
  const out = await ev.process([a], { now: Date.parse('2022-10-26T00:00:00Z'), provider });
  return { matched: out.length, account: a };
}

it('sums the days before today, in the order of their first data point', async () => {
  const { matched, account: a } = await run('ses-stats', 2);
  expect(matched).toBe(1);
  expect(a['c7n:ses-send-stats']).toEqual([
    { DeliveryAttempts: 17, Bounces: 1, Complaints: 1, Rejects: 0, BounceRate: 6, Date: '2022-10-25' },
    { DeliveryAttempts: 20, Bounces: 0, Complaints: 0, Rejects: 0, BounceRate: 0, Date: '2022-10-24' },
  ]);
  expect(a['c7n:ses-max-bounce-rate']).toBe(6);
});

it('a longer window takes older days; today stays out', async () => {
  const { account: a } = await run('ses-stats', 3);
  expect((a['c7n:ses-send-stats'] as { Date: string }[]).map((d) => d.Date)).toEqual([
    '2022-10-25',
    '2022-10-24',
    '2022-10-23',
  ]);
  expect(a['c7n:ses-max-bounce-rate']).toBe(10);
});

it('without data points nothing matches', async () => {
  expect((await run('unset', 2)).matched).toBe(0);
});
