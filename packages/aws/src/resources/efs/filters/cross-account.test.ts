import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import fileSystems from '../resource.js';
import crossAccount from './cross-account.js';

// DescribeFileSystemPolicy in call order: fs-1 allows only its own account; fs-2 allows
// 210987654321; fs-3 has no policy.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/policies', import.meta.url)),
  });

async function run(options: Record<string, unknown>) {
  const provider = await replay();
  const ev = crossAccount.compile(options, {
    resourceType: fileSystems,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const resources: Resource[] = ['fs-1', 'fs-2', 'fs-3'].map((FileSystemId) => ({ FileSystemId }));
  const out = await ev.process(resources, { now: 0, provider, accountId: '123456789012' });
  return { ids: out.map((r) => r.FileSystemId), resources, calls: provider.clients.session.calls };
}

testFilter(crossAccount, {
  resourceType: fileSystems,
  valid: [{}, { whitelist: ['210987654321'] }],
  invalid: [{ options: { whitelist: '210987654321' }, messageId: 'schema' }],
});

it('reads every policy and matches those allowing another account', async () => {
  const { ids, resources, calls } = await run({});
  expect(ids).toEqual(['fs-2']);
  expect(calls).toHaveLength(3);
  expect(resources[1]?.CrossAccountViolations).toEqual([expect.objectContaining({ Sid: 'partner' })]);
  expect(typeof resources[0]?.Policy).toBe('string');
});

it('an allowed account is no violation', async () => {
  expect((await run({ whitelist: ['210987654321'] })).ids).toEqual([]);
});
