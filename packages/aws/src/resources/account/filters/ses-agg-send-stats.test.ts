import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import { bounceRate } from './_ses-stats.js';
import sesAggSendStats from './ses-agg-send-stats.js';

testFilter(sesAggSendStats, {
  resourceType: account,
  valid: [{}],
  invalid: [
    { options: { key: 'x', value: 1 }, messageId: 'ignored', path: ['key'] },
    { options: { days: 2 }, messageId: 'schema', path: [] },
  ],
});

it('sums every data point into c7n:ses-send-agg', async () => {
  const { matched, account: a, calls } = await runOnAccount(sesAggSendStats, 'ses-stats', {});
  expect(matched).toBe(1);
  // 9 bounces of 72 attempts: 12.5 %, rounded half to even as Python's round.
  expect(a['c7n:ses-send-agg']).toEqual({
    DeliveryAttempts: 72,
    Bounces: 9,
    Complaints: 1,
    Rejects: 1,
    BounceRate: 12,
  });
  expect(calls.map((c) => `${c.service}.${c.operation}`)).toEqual(['email.GetSendStatistics']);
});

it('without data points nothing matches', async () => {
  const { matched, account: a } = await runOnAccount(sesAggSendStats, 'unset', {});
  expect(matched).toBe(0);
  expect(a['c7n:ses-send-agg']).toBeUndefined();
});

it.each([
  [40, 1, 2],
  [8, 3, 38],
  [3, 1, 33],
  [3, 2, 67],
  [0, 0, 0],
])('%i attempts, %i bounces: %i %%', (attempts, bounces, rate) => {
  expect(bounceRate({ DeliveryAttempts: attempts, Bounces: bounces, Complaints: 0, Rejects: 0 })).toBe(rate);
});
