import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import serviceLimit from './service-limit.js';

testFilter(serviceLimit, {
  resourceType: account,
  valid: [
    { names: ['VPC*'], threshold: 80, refresh_period: 2 },
    { services: ['EC2', 'VPC'], limits: ['VPCs'] },
  ],
  invalid: [
    { options: { services: ['Lambda'] }, messageId: 'schema', path: ['services', '0'] },
    { options: { refresh_period: 1.5 }, messageId: 'schema', path: ['refresh_period'] },
    // IAM limits are only reported in the support region: the policy must name it.
    { options: { services: ['IAM'] }, messageId: 'global-service-region', path: ['services'] },
  ],
});

it('accepts IAM limits in a policy of the support region only', async () => {
  const p = await createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: '/nonexistent',
  });
  const at = (region?: string) =>
    serviceLimit.check?.(
      { services: ['IAM'] },
      {
        resourceType: account,
        policyName: 't',
        registry: p.registry,
        policy: { name: 't', resource: 'account', ...(region && { region }) },
      },
    );
  expect(at('us-east-1')).toEqual([]);
  expect(at('us-gov-west-1')).toEqual([]);
  expect(at('eu-west-1')?.map((x) => x.messageId)).toEqual(['global-service-region']);
});

const fresh = Date.parse('2020-06-01T12:00:00Z');
const RESULT = 'DescribeTrustedAdvisorCheckResult';

it.each([
  // Without a threshold every limit not `ok` in the run's region (us-east-1) matches; IAM's
  // region-less limit ('-') counts as the support region's.
  [{}, ['VPCs', 'Roles'], ['DescribeTrustedAdvisorChecks', RESULT, RESULT]],
  // With one, any status at or over the percentage; only the named check is read.
  [{ names: ['vpc'], threshold: 80 }, ['VPCs'], ['DescribeTrustedAdvisorChecks', RESULT]],
  [
    { names: ['VPC'], threshold: 10 },
    ['VPCs', 'Internet gateways'],
    ['DescribeTrustedAdvisorChecks', RESULT],
  ],
  [{ names: ['V*'], threshold: 81 }, [], ['DescribeTrustedAdvisorChecks', RESULT]],
  // `services` picks checks by name prefix (spaces removed), then limits by their service column.
  [
    { services: ['VPC'], limits: ['internet*'], threshold: 20 },
    ['Internet gateways'],
    ['DescribeTrustedAdvisorChecks', RESULT],
  ],
] as const)('%j exceeds %j', async (options, checks, ops) => {
  const { matched, account: a, calls } = await runOnAccount(serviceLimit, 'limits', options, fresh);
  expect(matched).toBe(checks.length ? 1 : 0);
  expect(((a['c7n:ServiceLimitsExceeded'] ?? []) as { check: string }[]).map((l) => l.check)).toEqual(checks);
  expect(calls.map((c) => c.operation)).toEqual(ops);
});

it('annotates each limit as Cloud Custodian does', async () => {
  const { account: a } = await runOnAccount(serviceLimit, 'limits', { names: ['VPC'], threshold: 80 }, fresh);
  expect(a['c7n:ServiceLimitsExceeded']).toEqual([
    {
      region: 'us-east-1',
      service: 'VPC',
      check: 'VPCs',
      limit: '5',
      extant: '4',
      color: 'Yellow',
      status: 'warning',
      percentage: 80,
      check_id: 'jL7PP0l7J9',
      name: 'VPC',
    },
  ]);
  // The check's whole result, trimmed to the region, is kept too.
  const raw = a['c7n:ServiceLimits'] as { flaggedResources: unknown[] }[];
  expect(raw[0]?.flaggedResources).toHaveLength(2);
});

it('refreshes a result older than refresh_period days', async () => {
  const { calls } = await runOnAccount(serviceLimit, 'limits', { names: ['VPC'] }, fresh + 3 * 86_400_000);
  expect(calls.map((c) => c.operation)).toEqual([
    'DescribeTrustedAdvisorChecks',
    RESULT,
    'RefreshTrustedAdvisorCheck',
  ]);
  const kept = await runOnAccount(
    serviceLimit,
    'limits',
    { names: ['VPC'], refresh_period: 5 },
    fresh + 3 * 86_400_000,
  );
  expect(kept.calls.map((c) => c.operation)).toEqual(['DescribeTrustedAdvisorChecks', RESULT]);
});

it('refreshes a check that is not available and polls until it is done', async () => {
  const { matched, calls } = await runOnAccount(serviceLimit, 'limits-refresh', { names: ['VPC'] }, fresh);
  expect(matched).toBe(1);
  expect(calls.map((c) => c.operation)).toEqual([
    'DescribeTrustedAdvisorChecks',
    RESULT,
    'RefreshTrustedAdvisorCheck',
    'DescribeTrustedAdvisorCheckRefreshStatuses',
    'DescribeTrustedAdvisorCheckRefreshStatuses',
    RESULT,
  ]);
});

it('skips a check Trusted Advisor cannot refresh (InvalidParameterValueException)', async () => {
  const { matched, account: a } = await runOnAccount(
    serviceLimit,
    'limits-denied',
    { names: ['VPC'] },
    fresh,
  );
  expect(matched).toBe(0);
  expect(a['c7n:ServiceLimits']).toBeUndefined();
});
