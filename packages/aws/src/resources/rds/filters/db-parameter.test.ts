import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import rds from '../resource.js';
import dbParameter, { MATCHED_PARAMETER, recast } from './db-parameter.js';

const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/filter-db-parameter', import.meta.url)),
  });

const db = (id: string, ...groups: string[]) => ({
  DBInstanceIdentifier: id,
  DBParameterGroups: groups.map((DBParameterGroupName) => ({
    DBParameterGroupName,
    ParameterApplyStatus: 'in-sync',
  })),
});
// Flight data: pg-default (two pages: DescribeDBParameters_1, _2) has rds.force_ssl 0 and
// log_min_duration_statement 500; pg-secure (_3) has rds.force_ssl 1 and -1.
const resources = [
  db('db-a', 'pg-default'),
  db('db-b', 'pg-secure'),
  db('db-c', 'pg-default'),
  db('db-none'),
];

testFilter(dbParameter, {
  resourceType: rds,
  context: { provider: await replay() },
  valid: [
    { key: 'rds.force_ssl', op: 'ne', value: true },
    { key: 'max_connections', value: 'present' },
  ],
  invalid: [
    { options: { key: 'rds.force_ssl', value: true, parameter: 'x' }, messageId: 'schema' },
    { options: { key: 'x', value_type: 'age', op: 'gt', value: 'old' }, messageId: 'invalid-age-value' },
  ],
  cases: [
    {
      name: 'booleans come as 1/0 and compare with true/false',
      options: { key: 'rds.force_ssl', op: 'ne', value: true },
      resources,
      matches: ['db-a', 'db-c'],
    },
    {
      name: 'integers compare as numbers',
      options: { key: 'log_min_duration_statement', op: 'gt', value: 100 },
      resources,
      matches: ['db-a', 'db-c'],
    },
    {
      name: 'floats compare as numbers',
      options: { key: 'random_page_cost', op: 'lt', value: 2 },
      resources,
      matches: ['db-a', 'db-c'],
    },
    {
      name: 'a formula in an integer parameter stays a string',
      options: { key: 'max_connections', op: 'regex', value: '^\\{DBInstanceClassMemory' },
      resources,
      matches: ['db-a', 'db-c'],
    },
    {
      name: 'a parameter without a value is absent',
      options: { key: 'application_name', value: 'absent' },
      resources,
      matches: ['db-a', 'db-b', 'db-c'],
    },
    {
      name: "Oracle's TRUE is a boolean",
      options: { key: 'audit_trail', value: true },
      resources,
      matches: ['db-b'],
    },
  ],
});

describe('rds db-parameter', () => {
  it('reads each distinct group once, following Marker, and annotates the matched key', async () => {
    const provider = await replay();
    const rs: Resource[] = structuredClone(resources);
    const ev = dbParameter.compile(
      { key: 'rds.force_ssl', value: false },
      { resourceType: rds, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(rs, { now: 0, provider });
    expect(out.map((r) => r.DBInstanceIdentifier)).toEqual(['db-a', 'db-c']);
    expect(out[0]?.[MATCHED_PARAMETER]).toEqual(['rds.force_ssl']);
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['DescribeDBParameters', { DBParameterGroupName: 'pg-default' }],
      ['DescribeDBParameters', { DBParameterGroupName: 'pg-default', Marker: 'page-2' }],
      ['DescribeDBParameters', { DBParameterGroupName: 'pg-secure' }],
    ]);
    // A second policy of the same run reads nothing again.
    await ev.process(structuredClone(resources), { now: 0, provider });
    expect(provider.clients.session.calls).toHaveLength(3);
  });

  it.each([
    ['1', 'boolean', true],
    ['0', 'boolean', false],
    ['FALSE', 'boolean', false],
    ['on', 'boolean', 'on'],
    ['42', 'integer', 42],
    ['-1', 'integer', '-1'],
    ['', 'float', 0],
    ['0.5', 'float', 0.5],
    ['utf8', 'string', 'utf8'],
    ['a,b', 'list', 'a,b'],
  ])('recasts %j of type %s as %j', (value, type, expected) => {
    expect(recast(value, type)).toEqual(expected);
  });
});
