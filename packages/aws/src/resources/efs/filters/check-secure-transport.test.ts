import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import fileSystems from '../resource.js';
import checkSecureTransport from './check-secure-transport.js';

// DescribeFileSystemPolicy in call order: fs-1 denies access when SecureTransport is "false";
// fs-2 has one statement (not a list) whose condition is a JSON boolean; fs-3 has no policy.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/policies', import.meta.url)),
  });

async function run(resources: Resource[]) {
  const provider = await replay();
  const ev = checkSecureTransport.compile(
    {},
    {
      resourceType: fileSystems,
      policyName: 't',
      registry: provider.registry,
    },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process(resources, { now: 0, provider });
  return { ids: out.map((r) => r.FileSystemId), calls: provider.clients.session.calls };
}

testFilter(checkSecureTransport, {
  resourceType: fileSystems,
  valid: [{}],
  invalid: [{ options: { state: true }, messageId: 'schema' }],
});

it('matches file systems whose policy does not enforce secure transport, or that have none', async () => {
  const resources: Resource[] = ['fs-1', 'fs-2', 'fs-3'].map((FileSystemId) => ({ FileSystemId }));
  const { ids, calls } = await run(resources);
  // fs-2's condition is the boolean false, which c7n does not take for "false".
  expect(ids).toEqual(['fs-2', 'fs-3']);
  expect(calls.map((c) => c.input)).toEqual([
    { FileSystemId: 'fs-1' },
    { FileSystemId: 'fs-2' },
    { FileSystemId: 'fs-3' },
  ]);
  expect(resources[0]?.['c7n:Policy']).toMatchObject({ Version: '2012-10-17' });
  expect('c7n:Policy' in (resources[2] ?? {})).toBe(false);
});

it('reads the policy has-statement kept (its text), or its null, without asking again', async () => {
  const allow = { Effect: 'Allow', Condition: { Bool: { 'aws:SecureTransport': 'true' } } };
  const { ids, calls } = await run([
    { FileSystemId: 'a', 'c7n:Policy': JSON.stringify({ Statement: [allow] }) },
    { FileSystemId: 'b', 'c7n:Policy': null },
  ]);
  expect(ids).toEqual(['b']);
  expect(calls).toEqual([]);
});
