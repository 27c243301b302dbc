import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import s3 from '../resource.js';
import inventory from './inventory.js';

// ListBucketInventoryConfigurations answers, in call order: `daily` (enabled) and `weekly`
// (disabled), `weekly` only, none, AccessDenied.
const dir = fileURLToPath(new URL('../__fixtures__/inventory', import.meta.url));
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
const buckets = (): Record<string, unknown>[] => [
  { Name: 'both' },
  { Name: 'weekly' },
  { Name: 'none' },
  { Name: 'denied' },
];

testFilter(inventory, {
  resourceType: s3,
  context: { provider },
  valid: [
    { key: 'IsEnabled', value: true },
    { key: 'Schedule.Frequency', value: 'Daily', op: 'ne' },
  ],
  invalid: [
    { options: { key: 'IsEnabled', value: true, op: 'same' }, messageId: 'schema', path: ['op'] },
    { options: { name: 'daily' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'an enabled inventory',
      options: { key: 'IsEnabled', value: true },
      resources: buckets(),
      matches: ['both'],
    },
    {
      name: 'a weekly one',
      options: { key: 'Schedule.Frequency', value: 'Weekly' },
      resources: buckets(),
      matches: ['both', 'weekly'],
    },
  ],
});

it('inventory notes a listing it could not make', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const rs = buckets();
  const ev = inventory.compile(
    { key: 'Id', value: 'present' },
    { resourceType: s3, policyName: 't', registry: p.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const out = await ev.process(rs, { now: 0, provider: p });
  expect(out.map((b) => b.Name)).toEqual(['both', 'weekly']);
  expect(rs[2]?.['c7n:inventories']).toEqual([]);
  expect(rs[3]?.['c7n:DeniedMethods']).toEqual(['GetInventoryConfiguration']);
});
