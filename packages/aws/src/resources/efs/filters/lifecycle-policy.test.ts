import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import fileSystems from '../resource.js';
import lifecyclePolicy from './lifecycle-policy.js';

// DescribeLifecycleConfiguration in call order: fs-1 [IA after 7 days], fs-2 [IA after 30 days,
// back on access], fs-3 none, fs-4 gone since the listing.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/lifecycle-policy', import.meta.url)),
  });
const listed = () => ['fs-1', 'fs-2', 'fs-3', 'fs-4'].map((FileSystemId) => ({ FileSystemId })) as Resource[];

async function run(options: Record<string, unknown>) {
  const provider = await replay();
  const ev = lifecyclePolicy.compile(options, {
    resourceType: fileSystems,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const resources = listed();
  const out = await ev.process(resources, { now: 0, provider });
  return { ids: out.map((r) => r.FileSystemId), resources };
}

testFilter(lifecyclePolicy, {
  resourceType: fileSystems,
  valid: [{ state: 'absent' }, { state: 'present', value: 'AFTER_7_DAYS' }],
  invalid: [
    { options: { value: 'AFTER_7_DAYS' }, messageId: 'schema' },
    { options: { state: 'enabled' }, messageId: 'schema', path: ['state'] },
  ],
});

it.each([
  [{ state: 'present' }, ['fs-1', 'fs-2']],
  [{ state: 'absent' }, ['fs-3']],
  [{ state: 'present', value: 'AFTER_7_DAYS' }, ['fs-1']],
  [{ state: 'present', value: 'AFTER_30_DAYS' }, ['fs-2']],
  [{ state: 'absent', value: 'AFTER_7_DAYS' }, ['fs-2', 'fs-3']],
])('%j matches %j', async (options, ids) => {
  expect((await run(options)).ids).toEqual(ids);
});

it('keeps the policies in c7n:LifecyclePolicies', async () => {
  const { resources } = await run({ state: 'present' });
  expect(resources.map((r) => r['c7n:LifecyclePolicies'])).toEqual([
    [{ TransitionToIA: 'AFTER_7_DAYS' }],
    [{ TransitionToIA: 'AFTER_30_DAYS' }, { TransitionToPrimaryStorageClass: 'AFTER_1_ACCESS' }],
    [],
    undefined,
  ]);
});
