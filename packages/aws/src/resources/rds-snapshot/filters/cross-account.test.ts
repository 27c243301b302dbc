import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import rdsSnapshot from '../resource.js';
import crossAccount from './cross-account.js';

// DescribeDBSnapshotAttributes answers, in call order (one per snapshot below): no sharing,
// public, one partner, the own account + two partners + public, DBSnapshotNotFound.
const dir = fileURLToPath(new URL('../__fixtures__/cross-account', import.meta.url));
const partners = `${dir}/partners.txt`; // 222222222222 and 333333333333
const account = '123456789012';
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: account, replay: dir });
const snaps = (): Record<string, unknown>[] =>
  ['rds:orders-2024-01-30-06-10', 'orders-public', 'orders-partner', 'orders-mixed', 'orders-gone'].map(
    (id) => ({ DBSnapshotIdentifier: id }),
  );

testFilter(crossAccount, {
  resourceType: rdsSnapshot,
  context: { provider, accountId: account, region: 'us-east-1' },
  valid: [
    {},
    { whitelist: ['111111111111'], everyone_only: true },
    { whitelist_from: { url: 'accounts.txt' } },
  ],
  invalid: [
    { options: { whitelist: '111111111111' }, messageId: 'schema', path: ['whitelist'] },
    { options: { whitelist_from: { format: 'txt' } }, messageId: 'schema', path: ['whitelist_from'] },
    { options: { everyone_only: 'yes' }, messageId: 'schema', path: ['everyone_only'] },
    { options: { whitelist_orgids: ['o-1'] }, messageId: 'schema' },
    // Local files only inside the policy folder.
    {
      options: { whitelist_from: { url: '../accounts.txt' } },
      messageId: 'value-from-outside',
      path: ['whitelist_from', 'url'],
    },
    { options: { whitelist_from: { url: 'file:///etc/accounts.txt' } }, messageId: 'value-from-outside' },
  ],
  cases: [
    {
      name: 'any account but our own, and public',
      options: {},
      resources: snaps(),
      matches: ['orders-public', 'orders-partner', 'orders-mixed'],
    },
    {
      name: 'whitelisted partners are allowed',
      options: { whitelist: ['111111111111', '222222222222'] },
      resources: snaps(),
      matches: ['orders-public', 'orders-mixed'],
    },
    {
      name: 'whitelist_from adds to the whitelist',
      options: { whitelist: ['111111111111', 'all'], whitelist_from: { url: partners } },
      resources: snaps(),
      matches: [],
    },
    {
      name: 'everyone_only counts public sharing only',
      options: { everyone_only: true },
      resources: snaps(),
      matches: ['orders-public', 'orders-mixed'],
    },
  ],
});

it('cross-account annotates the attributes and the violations, one call per snapshot', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: account, replay: dir });
  const warnings: string[] = [];
  const rs = snaps();
  const ev = crossAccount.compile(
    { whitelist_from: { url: partners } },
    { resourceType: rdsSnapshot, policyName: 't', registry: p.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const out = await ev.process(rs, { now: 0, provider: p, log: (_l, m) => warnings.push(m) });
  expect(out.map((r) => r.DBSnapshotIdentifier)).toEqual(['orders-public', 'orders-partner', 'orders-mixed']);
  expect(rs[0]).toEqual({
    DBSnapshotIdentifier: 'rds:orders-2024-01-30-06-10',
    'c7n:attributes': { restore: [] },
  });
  expect(rs[2]?.['c7n:CrossAccountViolations']).toEqual(['111111111111']);
  expect(rs[3]?.['c7n:CrossAccountViolations']).toEqual(['111111111111', 'all']);
  expect(rs[4]).toEqual({ DBSnapshotIdentifier: 'orders-gone' });
  expect(warnings).toEqual([expect.stringContaining('orders-gone')]);
  expect(p.clients.session.calls.map((c) => c.input)).toEqual(
    rs.map((s) => ({ DBSnapshotIdentifier: s.DBSnapshotIdentifier })),
  );
});

it('cross-account fails the policy on a missing flight file, not only the snapshot', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: account, replay: `${dir}/none` });
  const ev = crossAccount.compile({}, { resourceType: rdsSnapshot, policyName: 't', registry: p.registry });
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  await expect(ev.process(snaps(), { now: 0, provider: p })).rejects.toThrow(/response file not found/);
});
