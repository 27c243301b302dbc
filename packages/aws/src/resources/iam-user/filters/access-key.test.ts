import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import users from '../resource.js';
import accessKey from './access-key.js';

// ListAccessKeys: alice has an old Active key (2020) and a new Inactive one (2026); bob none.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/keys', import.meta.url)),
  });
const NOW = Date.UTC(2026, 5, 1);
const resources: Record<string, unknown>[] = [{ UserName: 'alice' }, { UserName: 'bob' }];

testFilter(accessKey, {
  resourceType: users,
  now: NOW,
  context: { provider: await replay() },
  valid: [
    { key: 'Status', value: 'Active' },
    { 'match-operator': 'and', key: 'Status', value: 'Active' },
  ],
  invalid: [
    { options: { 'match-operator': 'xor' }, messageId: 'schema', path: ['match-operator'] },
    { options: { key: 'Status', op: 'nope' }, messageId: 'schema', path: ['op'] },
  ],
  cases: [
    { name: 'a key field', options: { key: 'Status', value: 'Active' }, resources, matches: ['alice'] },
    {
      name: 'age of a key',
      options: { key: 'CreateDate', value_type: 'age', value: 365, op: 'gt' },
      resources,
      matches: ['alice'],
    },
    { name: 'no key matches', options: { key: 'Status', value: 'Expired' }, resources, matches: [] },
  ],
});

it('match-operator: and compares only the keys matched before; matches are intersected', async () => {
  const provider = await replay();
  const compile = (opts: Record<string, unknown>) => {
    const ev = accessKey.compile(opts as never, {
      resourceType: users,
      policyName: 't',
      registry: provider.registry,
    });
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    return ev;
  };
  const ctx = { now: NOW, provider };
  const rs = structuredClone(resources);
  const active = await compile({ key: 'Status', value: 'Active' }).process(rs, ctx);
  const keys = (active[0]?.['c7n:matched-keys'] ?? []) as { AccessKeyId: string }[];
  expect(keys.map((k) => k.AccessKeyId)).toEqual(['AKIAOLD0000000000001']);
  // The new key is young, but it was not matched before: with `and`, alice no longer matches.
  const young = { key: 'CreateDate', value_type: 'age', value: 200, op: 'lt' };
  expect(await compile({ ...young, 'match-operator': 'and' }).process(structuredClone(active), ctx)).toEqual(
    [],
  );
  const or = await compile(young).process(structuredClone(active), ctx);
  expect(or.map((r) => r.UserName)).toEqual(['alice']);
  expect(or[0]?.['c7n:matched-keys']).toEqual([]);
  // One ListAccessKeys per user, once: later filters read the annotation.
  expect(provider.clients.session.calls.map((c) => c.input)).toEqual([
    { UserName: 'alice' },
    { UserName: 'bob' },
  ]);
});
