import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import guardDuty from './guard-duty.js';

testFilter(guardDuty, {
  resourceType: account,
  valid: [
    { 'Detector.Status': 'ENABLED' },
    { 'Administrator.AccountId': { value: 'absent' }, 'match-operator': 'or' },
  ],
  invalid: [
    { options: { Status: 'ENABLED' }, messageId: 'schema' },
    { options: { 'Detector.Status': 3 }, messageId: 'schema' },
    { options: { 'match-operator': 'xor' }, messageId: 'schema', path: ['match-operator'] },
    { options: { 'Detector.Status': { value: 'ENABLED', op: 'like' } }, messageId: 'schema' },
  ],
});

it.each([
  ['guardduty', { 'Detector.Status': 'ENABLED' }, 1],
  ['guardduty', { 'Detector.Status': 'ENABLED', 'Administrator.AccountId': '210987654321' }, 1],
  ['guardduty', { 'Detector.Status': 'DISABLED', 'Administrator.AccountId': '210987654321' }, 0],
  [
    'guardduty',
    { 'Detector.Status': 'DISABLED', 'Administrator.AccountId': '210987654321', 'match-operator': 'or' },
    1,
  ],
  ['guardduty', { 'Detector.FindingPublishingFrequency': { value: ['SIX_HOURS', 'ONE_HOUR'], op: 'in' } }, 1],
  // No detector: the attribute filters see nothing.
  ['unset', { 'Detector.Status': 'ENABLED' }, 0],
  ['unset', { 'Detector.Status': 'absent' }, 1],
] as const)('%s %j matches %i', async (fixture, options, n) => {
  const { matched, account: a, calls } = await runOnAccount(guardDuty, fixture, options);
  expect(matched).toBe(n);
  if (fixture === 'guardduty') {
    expect(a['c7n:guard-duty']).toMatchObject({ Administrator: { AccountId: '210987654321' } });
    expect(calls.map((c) => c.operation)).toEqual([
      'ListDetectors',
      'GetDetector',
      'GetAdministratorAccount',
    ]);
    expect(calls[1]?.input).toEqual({ DetectorId: '12abc34d567e8fa901bc2d34e56789f0' });
  } else expect(calls.map((c) => c.operation)).toEqual(['ListDetectors']);
});
