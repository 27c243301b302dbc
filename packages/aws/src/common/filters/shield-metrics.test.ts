import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import distribution from '../../resources/distribution/resource.js';
import shieldMetrics from './shield-metrics.js';

// GetMetricStatistics in call order: E1 had a DDoS detected (Maximum 1), E2 no datapoints.
const dir = fileURLToPath(new URL('./__fixtures__/shield-metrics', import.meta.url));
const provider = () => createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
const now = Date.UTC(2026, 11, 6, 12);
const arn = (id: string) => `arn:aws:cloudfront::111122223333:distribution/${id}`;
const dists = (): Record<string, unknown>[] => [
  { Id: 'E1', ARN: arn('E1') },
  { Id: 'E2', ARN: arn('E2') },
];

testFilter(shieldMetrics, {
  resourceType: distribution,
  now,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [
    { name: 'DDoSDetected', value: 1, op: 'ge' },
    { name: 'DDoSAttackBitsPerSecond', value: 0, namespace: 'x' },
  ],
  invalid: [
    { options: { name: 'CPUUtilization', value: 1 }, messageId: 'schema' },
    { options: { name: 'DDoSDetected' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'a detected attack',
      options: { name: 'DDoSDetected', value: 1, op: 'ge', statistics: 'Maximum' },
      resources: dists(),
      matches: ['E1'],
    },
  ],
});

it('asks AWS/DDoSProtection by ResourceArn and leaves the answers on the resource', async () => {
  const p = await provider();
  const ev = shieldMetrics.compile(
    { name: 'DDoSDetected', value: 1, op: 'ge', statistics: 'Maximum' } as never,
    {
      resourceType: distribution,
    } as never,
  );
  if (ev.kind !== 'process') throw new Error('process filter expected');
  const rs = dists();
  await ev.process(rs, { now, provider: p, region: 'us-east-1' } as never);
  expect(rs[0]?.['c7n.metrics']).toBeDefined();
  expect(rs[0]).not.toHaveProperty('c7n:shield-metrics-arn');
});
