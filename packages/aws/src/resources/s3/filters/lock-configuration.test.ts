import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import s3 from '../resource.js';
import lockConfiguration from './lock-configuration.js';

// GetObjectLockConfiguration answers, in call order: GOVERNANCE for 30 days, none, NoSuchBucket.
const dir = fileURLToPath(new URL('../__fixtures__/lock-configuration', import.meta.url));
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
const buckets = (): Record<string, unknown>[] => [
  { Name: 'b-locked' },
  { Name: 'b-none' },
  { Name: 'b-gone' },
];

testFilter(lockConfiguration, {
  resourceType: s3,
  context: { provider },
  valid: [
    { key: 'Rule.DefaultRetention.Mode', value: 'COMPLIANCE' },
    { key: 'ObjectLockEnabled', value: 'absent' },
  ],
  invalid: [
    {
      options: { key: 'Rule.DefaultRetention.Days', value: 1, op: 'bigger' },
      messageId: 'schema',
      path: ['op'],
    },
    { options: { key: 'x', value: 1, mode: 'x' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'the configured mode',
      options: { key: 'Rule.DefaultRetention.Mode', value: 'GOVERNANCE' },
      resources: buckets(),
      matches: ['b-locked'],
    },
    {
      name: 'a bucket without a configuration, or whose read failed, has every key absent',
      options: { key: 'ObjectLockEnabled', value: 'absent' },
      resources: buckets(),
      matches: ['b-none', 'b-gone'],
    },
    {
      name: 'value filter comparisons',
      options: { key: 'Rule.DefaultRetention.Days', value: 7, op: 'gte' },
      resources: buckets(),
      matches: ['b-locked'],
    },
  ],
});

it('lock-configuration keeps what it read and reuses it', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const rs = [
    ...buckets(),
    { Name: 'b-known', 'c7n:ObjectLockConfiguration': { ObjectLockEnabled: 'Enabled' } },
  ];
  const ev = lockConfiguration.compile(
    { key: 'ObjectLockEnabled', value: 'Enabled' },
    { resourceType: s3, policyName: 't', registry: p.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const out = await ev.process(rs, { now: 0, provider: p });
  expect(out.map((b) => b.Name)).toEqual(['b-locked', 'b-known']);
  expect(rs[1]?.['c7n:ObjectLockConfiguration']).toBeNull();
  expect(p.clients.session.calls.map((c) => c.input)).toEqual(
    rs.slice(0, 3).map((b) => ({ Bucket: b.Name })),
  );
});
