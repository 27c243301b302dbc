import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import rds from '../resource.js';
import engine, { ENGINE } from './engine.js';

const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/filter-engine', import.meta.url)),
  });

const db = (id: string, Engine: string, EngineVersion: string) => ({
  DBInstanceIdentifier: id,
  Engine,
  EngineVersion,
});
// Flight data (two pages): postgres 11.22 and mysql 5.7.44 are deprecated, postgres 16.3 is not.
const resources = [
  db('pg-old', 'postgres', '11.22'),
  db('pg-new', 'postgres', '16.3'),
  db('my-old', 'mysql', '5.7.44'),
  db('pg-unknown', 'postgres', '9.6.1'),
];

const evaluate = async (options: Record<string, unknown>) => {
  const provider = await replay();
  const ev = engine.compile(options, { resourceType: rds, policyName: 't', registry: provider.registry });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = structuredClone(resources);
  const out = await ev.process(rs, { now: 0, provider });
  return { out, calls: provider.clients.session.calls.map((c) => [c.operation, c.input]) };
};

testFilter(engine, {
  resourceType: rds,
  valid: [{ key: 'Status', value: 'deprecated' }],
  invalid: [
    { options: { key: 'Status', value: 'deprecated', engine: 'postgres' }, messageId: 'schema' },
    { options: { key: 'x', value_type: 'age', op: 'gt', value: 'old' }, messageId: 'invalid-age-value' },
  ],
});

describe('rds engine', () => {
  it('matches the engine version entry of each instance and keeps it under c7n:Engine', async () => {
    const { out } = await evaluate({ key: 'Status', value: 'deprecated' });
    expect(out.map((r) => r.DBInstanceIdentifier)).toEqual(['pg-old', 'my-old']);
    expect(out[0]?.[ENGINE]).toMatchObject({ DBParameterGroupFamily: 'postgres11' });
  });

  it('asks once for the engines and versions in use, deprecated ones included, following Marker', async () => {
    const { calls } = await evaluate({ key: 'SupportsReadReplica', value: true, op: 'eq' });
    const input = {
      Filters: [
        { Name: 'engine', Values: ['postgres', 'mysql'] },
        { Name: 'engine-version', Values: ['11.22', '16.3', '5.7.44', '9.6.1'] },
      ],
      IncludeAll: true,
    };
    expect(calls).toEqual([
      ['DescribeDBEngineVersions', input],
      ['DescribeDBEngineVersions', { ...input, Marker: 'next' }],
    ]);
  });

  it('does not match an instance whose version AWS does not describe', async () => {
    const { out } = await evaluate({ key: 'Status', value: 'present' });
    expect(out.map((r) => r.DBInstanceIdentifier)).toEqual(['pg-old', 'pg-new', 'my-old']);
  });
});
