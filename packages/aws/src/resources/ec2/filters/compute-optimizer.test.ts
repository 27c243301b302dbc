import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import computeOptimizer, { RECOMMENDATIONS } from './compute-optimizer.js';

// GetEC2InstanceRecommendations: i-01 Overprovisioned (VeryLow risk), i-02 Optimized; none for i-03.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/compute-optimizer', import.meta.url)),
  });
const instances = () => [{ InstanceId: 'i-01' }, { InstanceId: 'i-02' }, { InstanceId: 'i-03' }];

testFilter(computeOptimizer, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [
    {},
    { key: 'finding', value: 'Optimized', op: 'ne' },
    { filters: { Finding: ['Underprovisioned', 'Overprovisioned'] } },
    { 'recommendation-preferences': { cpuVendorArchitectures: ['AWS_ARM64'] } },
  ],
  invalid: [
    { options: { filters: { 'invalid-key': ['invalid-value'] } }, messageId: 'schema' },
    { options: { 'recommendation-preferences': { 'invalid-key': 'invalid-value' } }, messageId: 'schema' },
    {
      options: { key: 'lastRefreshTimestamp', value_type: 'age', value: 'old' },
      messageId: 'invalid-age-value',
    },
  ],
  cases: [
    {
      name: 'no options: every instance, annotated (i-03 with none)',
      options: {},
      resources: instances(),
      matches: ['i-01', 'i-02', 'i-03'],
    },
    {
      name: 'client side: a recommendation must match the value options',
      options: { key: 'finding', value: 'Optimized', op: 'not-equal' },
      resources: instances(),
      matches: ['i-01'],
    },
    {
      name: 'server side: an instance needs a recommendation',
      options: { filters: { Finding: ['Overprovisioned', 'Optimized'] } },
      resources: instances(),
      matches: ['i-01', 'i-02'],
    },
  ],
});

it('asks once with every ARN and the server-side filters, and keeps the recommendations', async () => {
  const provider = await replay();
  const ev = computeOptimizer.compile(
    {
      filters: { Finding: ['Overprovisioned'] },
      'recommendation-preferences': { cpuVendorArchitectures: ['AWS_ARM64'] },
    },
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = instances();
  const out = await ev.process(rs, { now: 0, provider });
  expect(out.map((r) => r.InstanceId)).toEqual(['i-01', 'i-02']);
  expect(rs[0]?.[RECOMMENDATIONS]).toMatchObject([{ finding: 'Overprovisioned' }]);
  expect(rs[2]?.[RECOMMENDATIONS]).toBeUndefined();
  const calls = provider.clients.session.calls;
  expect(calls.map((c) => c.operation)).toEqual(['GetEC2InstanceRecommendations']);
  expect(calls[0]?.input).toEqual({
    filters: [{ name: 'Finding', values: ['Overprovisioned'] }],
    recommendationPreferences: { cpuVendorArchitectures: ['AWS_ARM64'] },
    instanceArns: [
      'arn:aws:ec2:us-east-1:123456789012:instance/i-01',
      'arn:aws:ec2:us-east-1:123456789012:instance/i-02',
      'arn:aws:ec2:us-east-1:123456789012:instance/i-03',
    ],
  });
});
