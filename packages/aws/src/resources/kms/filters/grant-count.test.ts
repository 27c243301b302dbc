import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import aliases from '../resource.js';
import grantCount from './grant-count.js';

// ListGrants in call order: k-1 has two pages (2 + 1 grants), k-2 one page of 1 grant.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/grant-count', import.meta.url)),
  });
const listed = () =>
  [
    { AliasName: 'alias/a', AliasArn: 'arn:aws:kms:us-east-1:123456789012:alias/a', TargetKeyId: 'k-1' },
    { AliasName: 'alias/b', AliasArn: 'arn:aws:kms:us-east-1:123456789012:alias/b', TargetKeyId: 'k-2' },
  ] as Resource[];

async function run(options: Record<string, unknown>) {
  const provider = await replay();
  const ev = grantCount.compile(options, {
    resourceType: aliases,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const resources = listed();
  const out = await ev.process(resources, { now: 0, provider });
  return { names: out.map((r) => r.AliasName), resources, calls: provider.clients.session.calls };
}

testFilter(grantCount, {
  resourceType: aliases,
  valid: [{}, { min: 100 }],
  invalid: [{ options: { min: -1 }, messageId: 'schema', path: ['min'] }],
});

it('counts every page of grants of the target key', async () => {
  const { names, resources, calls } = await run({ min: 3 });
  expect(names).toEqual(['alias/a']);
  expect(resources.map((r) => r.GrantCount)).toEqual([3, 1]);
  expect(calls.map((c) => c.input)).toEqual([
    { KeyId: 'k-1' },
    { KeyId: 'k-1', Marker: 'm-1' },
    { KeyId: 'k-2' },
  ]);
});

it('defaults to at least 5 grants, as Cloud Custodian', async () => {
  expect((await run({})).names).toEqual([]);
  expect((await run({ min: 1 })).names).toEqual(['alias/a', 'alias/b']);
});
