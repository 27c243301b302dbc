import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import { awsRegistry } from '../../../registry.js';
import keys from '../resource.js';
import lastUsage from './last-usage.js';

// GetKeyLastUsage in call order: k-1 used for Decrypt on 2026-01-01, k-2 never used, k-3 denied.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/last-usage', import.meta.url)),
  });
const NOW = Date.parse('2026-12-01T00:00:00Z');
const registry = awsRegistry();

async function run(options: Record<string, unknown>) {
  const provider = await replay();
  const ev = lastUsage.compile(options, { resourceType: keys, policyName: 't', registry });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const resources: Resource[] = [{ KeyId: 'k-1' }, { KeyId: 'k-2' }, { KeyId: 'k-3' }];
  const out = await ev.process(resources, { now: NOW, provider });
  return { ids: out.map((r) => r.KeyId), resources };
}

testFilter(lastUsage, {
  resourceType: keys,
  registry,
  valid: [{ attrs: [{ type: 'value', key: 'KeyLastUsage.Timestamp', value: 'absent' }] }, { count: 0 }],
  invalid: [{ options: { attrs: [], count_op: 'like' }, messageId: 'schema' }],
});

it('matches the answer by its attrs', async () => {
  const unused = [{ type: 'value', key: 'KeyLastUsage.Timestamp', value: 30, value_type: 'age', op: 'gte' }];
  expect((await run({ attrs: unused })).ids).toEqual(['k-1']);
  const never = [{ type: 'value', key: 'KeyLastUsage.Timestamp', value: 'absent' }];
  expect((await run({ attrs: never })).ids).toEqual(['k-2']);
  const decrypt = [{ type: 'value', key: 'KeyLastUsage.Operation', value: 'Decrypt' }];
  const { ids, resources } = await run({ attrs: decrypt });
  expect(ids).toEqual(['k-1']);
  expect(resources[2]?.['c7n:LastUsage']).toEqual([]);
});

it('count compares the number of answers that pass', async () => {
  expect((await run({ count: 0 })).ids).toEqual(['k-3']);
});
