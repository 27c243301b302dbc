import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import snapshots from '../resource.js';
import crossAccount from './cross-account.js';

// DescribeSnapshotAttribute answers, in call order (one per snapshot below): no sharing, public,
// one partner, the own account + two partners + public, InvalidSnapshot.NotFound.
const dir = fileURLToPath(new URL('../__fixtures__/cross-account', import.meta.url));
const partners = `${dir}/partners.txt`; // 222222222222
const account = '123456789012';
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: account, replay: dir });
const snaps = (): Record<string, unknown>[] =>
  ['snap-private', 'snap-public', 'snap-partner', 'snap-mixed', 'snap-gone'].map((SnapshotId) => ({
    SnapshotId,
  }));

testFilter(crossAccount, {
  resourceType: snapshots,
  context: { provider, accountId: account, region: 'us-east-1' },
  valid: [
    {},
    { whitelist: ['111111111111'], everyone_only: true },
    { whitelist_from: { url: 'accounts.txt' } },
  ],
  invalid: [
    { options: { whitelist: '111111111111' }, messageId: 'schema', path: ['whitelist'] },
    { options: { everyone_only: 'yes' }, messageId: 'schema', path: ['everyone_only'] },
    { options: { whitelist_vpc: ['vpc-1'] }, messageId: 'schema' },
    {
      options: { whitelist_from: { url: '../accounts.txt' } },
      messageId: 'value-from-outside',
      path: ['whitelist_from', 'url'],
    },
  ],
  cases: [
    {
      name: 'any account but our own, and public',
      options: {},
      resources: snaps(),
      matches: ['snap-public', 'snap-partner', 'snap-mixed'],
    },
    {
      name: 'whitelisted accounts are allowed',
      options: { whitelist: ['111111111111'] },
      resources: snaps(),
      matches: ['snap-public', 'snap-mixed'],
    },
    {
      name: 'whitelist_from adds to the whitelist',
      options: { whitelist: ['111111111111', 'all'], whitelist_from: { url: partners } },
      resources: snaps(),
      matches: [],
    },
    {
      name: 'everyone_only counts public sharing only',
      options: { everyone_only: true, whitelist: [] },
      resources: snaps(),
      matches: ['snap-public', 'snap-mixed'],
    },
  ],
});

it('cross-account annotates the violations, one call per snapshot', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: account, replay: dir });
  const warnings: string[] = [];
  const rs = snaps();
  const ev = crossAccount.compile(
    { whitelist_from: { url: partners } },
    { resourceType: snapshots, policyName: 't', registry: p.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const out = await ev.process(rs, { now: 0, provider: p, log: (_l, m) => warnings.push(m) });
  expect(out.map((r) => r.SnapshotId)).toEqual(['snap-public', 'snap-partner', 'snap-mixed']);
  expect(rs[0]).toEqual({ SnapshotId: 'snap-private' });
  expect(rs[2]?.['c7n:CrossAccountViolations']).toEqual(['111111111111']);
  expect(rs[3]?.['c7n:CrossAccountViolations']).toEqual(['111111111111', 'all']);
  expect(warnings).toEqual([expect.stringContaining('snap-gone')]);
  expect(p.clients.session.calls.map((c) => c.input)).toEqual(
    rs.map((s) => ({ SnapshotId: s.SnapshotId, Attribute: 'createVolumePermission' })),
  );
});

it('everyone_only annotates only `all`', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: account, replay: dir });
  const rs = snaps();
  const ev = crossAccount.compile(
    { everyone_only: true },
    { resourceType: snapshots, policyName: 't', registry: p.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  await ev.process(rs, { now: 0, provider: p, log: () => {} });
  expect(rs[3]?.['c7n:CrossAccountViolations']).toEqual(['all']);
});
