import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import groups from '../resource.js';
import crossAccount from './cross-account.js';

// DescribeSubscriptionFilters in call order: a to its own Lambda and to 210987654321's
// destination, b to its own stream, c none.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/cross-account', import.meta.url)),
  });

async function run(options: Record<string, unknown>) {
  const provider = await replay();
  const ev = crossAccount.compile(options, {
    resourceType: groups,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const resources: Resource[] = ['a', 'b', 'c'].map((logGroupName) => ({ logGroupName }));
  const out = await ev.process(resources, { now: 0, provider });
  return { names: out.map((r) => r.logGroupName), resources, calls: provider.clients.session.calls };
}

testFilter(crossAccount, {
  resourceType: groups,
  valid: [{}, { whitelist: ['210987654321'] }, { whitelist_from: { url: 'accounts.txt' } }],
  invalid: [
    { options: { whitelist: '210987654321' }, messageId: 'schema' },
    { options: { everyone_only: true }, messageId: 'schema' },
    { options: { whitelist_from: { url: '../accounts.txt' } }, messageId: 'value-from-outside' },
  ],
});

it('matches a group delivering to an account other than its own, naming the account', async () => {
  const { names, resources, calls } = await run({});
  expect(names).toEqual(['a']);
  expect(resources[0]?.['c7n:CrossAccountViolations']).toEqual(['210987654321']);
  expect(calls.map((c) => c.input)).toEqual([
    { logGroupName: 'a' },
    { logGroupName: 'b' },
    { logGroupName: 'c' },
  ]);
});

it('an allowed account is no violation', async () => {
  expect((await run({ whitelist: ['210987654321'] })).names).toEqual([]);
});

it('whitelist_from adds accounts read from a file', async () => {
  const partners = fileURLToPath(new URL('../__fixtures__/cross-account/partners.txt', import.meta.url));
  expect((await run({ whitelist_from: { url: partners } })).names).toEqual([]);
});
