import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import keys from '../resource.js';
import lastRotation from './last-rotation.js';

// ListKeyRotations in call order: k-1 two pages (2025-01-01, then 2026-06-01), k-2 none.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/last-rotation', import.meta.url)),
  });
const NOW = Date.parse('2026-12-01T00:00:00Z');

async function run(options: Record<string, unknown>) {
  const provider = await replay();
  const ev = lastRotation.compile(options, {
    resourceType: keys,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const resources: Resource[] = [{ KeyId: 'k-1' }, { KeyId: 'k-2' }];
  const out = await ev.process(resources, { now: NOW, provider });
  return { ids: out.map((r) => r.KeyId), resources, calls: provider.clients.session.calls };
}

testFilter(lastRotation, {
  resourceType: keys,
  valid: [{ key: 'RotationDate', value: 30, value_type: 'age', op: 'gte' }],
  invalid: [{ options: { key: 'RotationDate', value: 30, days: 3 }, messageId: 'schema' }],
});

it('compares the latest rotation of every page; a key never rotated has none', async () => {
  const { ids, resources, calls } = await run({
    key: 'RotationDate',
    value: 300,
    value_type: 'age',
    op: 'gte',
  });
  expect(ids).toEqual([]);
  expect(resources[0]?.['c7n:LastRotation']).toMatchObject({ RotationType: 'ON_DEMAND' });
  expect(resources[1]?.['c7n:LastRotation']).toBeNull();
  expect(calls.map((c) => c.input)).toEqual([
    { KeyId: 'k-1' },
    { KeyId: 'k-1', Marker: 'm-1' },
    { KeyId: 'k-2' },
  ]);
  expect((await run({ key: 'RotationDate', value: 100, value_type: 'age', op: 'gte' })).ids).toEqual(['k-1']);
  expect((await run({ key: 'RotationDate', value: 'absent' })).ids).toEqual(['k-2']);
});
