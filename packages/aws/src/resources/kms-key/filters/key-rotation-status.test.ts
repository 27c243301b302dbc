import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import keys from '../resource.js';
import keyRotationStatus from './key-rotation-status.js';

// GetKeyRotationStatus in call order: k-1 rotates, k-2 does not, k-3 cannot (pending import).
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/key-rotation-status', import.meta.url)),
  });
const listed = () => [{ KeyId: 'k-1' }, { KeyId: 'k-2' }, { KeyId: 'k-3' }] as Resource[];

async function run(options: Record<string, unknown>, resources: Resource[] = listed()) {
  const provider = await replay();
  const ev = keyRotationStatus.compile(options, {
    resourceType: keys,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process(resources, { now: 0, provider });
  return { ids: out.map((r) => r.KeyId), resources, calls: provider.clients.session.calls };
}

testFilter(keyRotationStatus, {
  resourceType: keys,
  valid: [
    { key: 'KeyRotationEnabled', value: false },
    { key: 'RotationPeriodInDays', value: 365, op: 'gt' },
  ],
  invalid: [{ options: { key: 'KeyRotationEnabled', value: false, state: true }, messageId: 'schema' }],
});

it('matches the answer, an unreadable status as an empty one', async () => {
  expect((await run({ key: 'KeyRotationEnabled', value: false })).ids).toEqual(['k-2']);
  expect((await run({ key: 'KeyRotationEnabled', value: 'absent' })).ids).toEqual(['k-3']);
  expect((await run({ key: 'RotationPeriodInDays', value: 365 })).ids).toEqual(['k-1']);
});

it('keeps the answer under KeyRotationEnabled and asks each key once', async () => {
  const { resources, calls } = await run({ key: 'KeyRotationEnabled', value: true });
  expect(resources[0]?.KeyRotationEnabled).toEqual({
    KeyId: 'arn:aws:kms:us-east-1:123456789012:key/k-1',
    KeyRotationEnabled: true,
    RotationPeriodInDays: 365,
  });
  expect(calls.map((c) => c.input)).toEqual([{ KeyId: 'k-1' }, { KeyId: 'k-2' }, { KeyId: 'k-3' }]);
  const annotated = { KeyId: 'k-9', KeyRotationEnabled: { KeyRotationEnabled: true } };
  const again = await run({ key: 'KeyRotationEnabled', value: true }, [annotated]);
  expect(again.ids).toEqual(['k-9']);
  expect(again.calls).toEqual([]);
});
