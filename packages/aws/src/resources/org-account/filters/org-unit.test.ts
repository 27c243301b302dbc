import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import accounts from '../resource.js';
import orgUnit from './org-unit.js';

// Root r-ab12 > ou "dev" (tagged Env=prod) > ou "team". ListParents: 111 in team, 222 under the
// root, 333 in dev.
const flight = fileURLToPath(new URL('../__fixtures__/org', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const resources = (): Record<string, unknown>[] => [
  { Id: '111111111111' },
  { Id: '222222222222' },
  { Id: '333333333333' },
];

const table: [string, Record<string, unknown>, string[]][] = [
  ['a unit at any depth above the account', { key: 'Name', value: 'dev' }, ['111111111111', '333333333333']],
  ['the nearest unit', { key: 'Name', value: 'team' }, ['111111111111']],
  ['by the units’ tags', { key: 'tag:Env', value: 'prod' }, ['111111111111', '333333333333']],
  ['by the path of names', { key: 'Path', value: 'dev/team' }, ['111111111111']],
  ['with an op', { key: 'Name', op: 'regex', value: '^t.*' }, ['111111111111']],
];

for (const [name, options, matches] of table)
  testFilter(orgUnit, {
    resourceType: accounts,
    context: { provider: await provider() },
    valid: [{ key: 'Name', value: 'dev' }],
    invalid: [{ options: { key: 'Name', value: 'dev', units: [] }, messageId: 'schema' }],
    cases: [{ name, options, resources: resources(), matches }],
  });

it('keeps the units of each account, nearest first', async () => {
  const p = await provider();
  const ev = orgUnit.compile(
    { key: 'Name', value: 'dev' },
    { resourceType: accounts, policyName: 't', registry: p.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const rs = resources();
  await ev.process(rs, { now: 0, provider: p });
  expect(rs.map((r) => (r['c7n:parents'] as { Name: string }[]).map((u) => u.Name))).toEqual([
    ['team', 'dev'],
    [],
    ['dev'],
  ]);
});
