import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import checkCloudtrail from './check-cloudtrail.js';

// Two trails: `org` (us-east-1, multi-region, global events, logging, management events, a log
// group with a console-login metric filter alarmed to a confirmed topic) and `eu` (eu-west-1,
// KMS, file digest, logging with a delivery error).
const check = (options: Record<string, unknown>) => runOnAccount(checkCloudtrail, 'trails', options);
const ops = (calls: { service: string; operation: string }[]) =>
  calls.map((c) => `${c.service}.${c.operation}`);

testFilter(checkCloudtrail, {
  resourceType: account,
  valid: [
    { 'multi-region': true, 'current-region': true },
    { 'log-metric-filter-pattern': '{ $.eventName = ConsoleLogin }' },
    { 'log-metric-filter-pattern': { type: 'value', op: 'regex', value: '.*ConsoleLogin.*' } },
  ],
  invalid: [
    { options: { 'multi-region': 'yes' }, messageId: 'schema', path: ['multi-region'] },
    { options: { 'log-metric-filter-pattern': { type: 'value', nope: 1 } }, messageId: 'schema' },
  ],
});

it.each([
  // Matches (1) when no trail meets every requirement.
  [{}, 0],
  [{ 'multi-region': true, 'global-events': true }, 0],
  [{ 'kms-key': 'arn:aws:kms:eu-west-1:123456789012:key/k1', running: false }, 0],
  [{ kms: true, running: false }, 0],
  [{ 'kms-key': 'arn:aws:kms:eu-west-1:123456789012:key/other', running: false }, 1],
  [{ 'file-digest': true, 'multi-region': true }, 1],
  [{ notifies: true }, 1],
  [{ 'current-region': true }, 0],
] as const)('%j matches %i', async (options, n) => {
  expect((await check(options)).matched).toBe(n);
});

it('keeps the trails on the account and reads each status by ARN', async () => {
  const { account: a, calls } = await check({});
  expect((a['c7n:cloudtrails'] as unknown[]).length).toBe(2);
  expect(ops(calls)).toEqual([
    'cloudtrail.DescribeTrails',
    'cloudtrail.GetTrailStatus',
    'cloudtrail.GetTrailStatus',
  ]);
  expect(calls[1]?.input).toEqual({ Name: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/org' });
});

it('include-management-events reads the event selectors of running trails', async () => {
  const { matched, calls } = await check({ 'include-management-events': true });
  expect(matched).toBe(0);
  expect(ops(calls).slice(-1)).toEqual(['cloudtrail.GetEventSelectors']);
});

it.each([
  ['a string pattern', '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }', 0],
  ['a value filter', { type: 'value', op: 'regex', value: '.*ConsoleLogin.*Failed authentication.*' }, 0],
  ['a pattern no metric filter has', '{ $.eventName = DeleteTrail }', 1],
] as const)('log-metric-filter-pattern as %s', async (_what, pattern, n) => {
  const { matched, calls } = await check({ 'log-metric-filter-pattern': pattern });
  expect(matched).toBe(n);
  expect(calls.find((c) => c.operation === 'DescribeMetricFilters')?.input).toEqual({
    logGroupName: 'trail-logs',
  });
  if (n === 0)
    expect(ops(calls).slice(-2)).toEqual(['monitoring.DescribeAlarmsForMetric', 'sns.GetTopicAttributes']);
});
