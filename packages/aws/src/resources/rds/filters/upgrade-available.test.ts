import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import { ENGINE_UPGRADE } from '../engine-upgrades.js';
import rds from '../resource.js';
import upgradeAvailable from './upgrade-available.js';

const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/engine-upgrades', import.meta.url)),
  });

const db = (id: string, Engine: string, EngineVersion: string) => ({
  DBInstanceIdentifier: id,
  Engine,
  EngineVersion,
});
// Flight data (two pages): postgres 15.4 -> 15.5/15.10/15.7 minor, 16.3 major; 16.3 -> 17.2 major;
// mysql 8.0.35 -> 8.0.36; mysql 8.4.3 has no target.
const resources = [
  db('pg15', 'postgres', '15.4'),
  db('pg16', 'postgres', '16.3'),
  db('my80', 'mysql', '8.0.35'),
  db('my84', 'mysql', '8.4.3'),
];

const run = async (options: Record<string, unknown>) => {
  const provider = await replay();
  const ev = upgradeAvailable.compile(
    { major: false, value: true, ...options },
    { resourceType: rds, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = structuredClone(resources);
  const out = await ev.process(rs, { now: 0, provider });
  return {
    out: Object.fromEntries(out.map((r) => [r.DBInstanceIdentifier, r[ENGINE_UPGRADE] ?? null])),
    calls: provider.clients.session.calls.map((c) => [c.operation, c.input]),
  };
};

testFilter(upgradeAvailable, {
  resourceType: rds,
  valid: [{}, { major: true }, { value: false }],
  invalid: [
    { options: { major: 'yes' }, messageId: 'schema', path: ['major'] },
    { options: { minor: true }, messageId: 'schema' },
  ],
});

describe('rds upgrade-available', () => {
  it('finds the newest minor target by version order, reading every page', async () => {
    const { out, calls } = await run({});
    expect(out).toEqual({ pg15: '15.10', my80: '8.0.36' });
    expect(calls).toEqual([
      ['DescribeDBEngineVersions', {}],
      ['DescribeDBEngineVersions', { Marker: 'page-2' }],
    ]);
  });

  it('counts major upgrades with major: true', async () => {
    expect((await run({ major: true })).out).toEqual({ pg15: '16.3', pg16: '17.2', my80: '8.0.36' });
  });

  it('value: false adds the instances without an upgrade; those with one still match, as c7n', async () => {
    expect((await run({ value: false })).out).toEqual({
      pg15: '15.10',
      pg16: null,
      my80: '8.0.36',
      my84: null,
    });
  });
});
