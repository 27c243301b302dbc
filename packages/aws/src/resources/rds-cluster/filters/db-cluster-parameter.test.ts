import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import clusters from '../resource.js';
import dbClusterParameter, { MATCHED_CLUSTER_PARAMETER } from './db-cluster-parameter.js';

const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/db-cluster-parameter', import.meta.url)),
  });

// Flight data: cpg-default (two pages: _1, _2) has rds.force_ssl 0 and max_connections 500,
// server_audit_logging without a value; cpg-secure (_3) has rds.force_ssl 1 and 100.
const cluster = (id: string, group?: string) => ({
  DBClusterIdentifier: id,
  ...(group && { DBClusterParameterGroup: group }),
});
const resources = [
  cluster('c-a', 'cpg-default'),
  cluster('c-b', 'cpg-secure'),
  cluster('c-c', 'cpg-default'),
];

testFilter(dbClusterParameter, {
  resourceType: clusters,
  context: { provider: await replay() },
  valid: [{ key: 'rds.force_ssl', op: 'ne', value: true }],
  invalid: [{ options: { key: 'rds.force_ssl', value: true, group: 'x' }, messageId: 'schema' }],
  cases: [
    {
      name: 'booleans come as 1/0 and compare with true/false',
      options: { key: 'rds.force_ssl', op: 'ne', value: true },
      resources,
      matches: ['c-a', 'c-c'],
    },
    {
      name: 'integers compare as numbers',
      options: { key: 'max_connections', op: 'gt', value: 200 },
      resources,
      matches: ['c-a', 'c-c'],
    },
    {
      name: 'a parameter without a value is absent',
      options: { key: 'server_audit_logging', value: 'absent' },
      resources,
      matches: ['c-a', 'c-b', 'c-c'],
    },
  ],
});

describe('rds-cluster db-cluster-parameter', () => {
  it('reads each cluster parameter group once, all pages, and annotates the matched key', async () => {
    const provider = await replay();
    const ev = dbClusterParameter.compile({ key: 'rds.force_ssl', value: true } as never, {
      resourceType: clusters,
      policyName: 't',
      registry: provider.registry,
    });
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const rs = [...resources.map((r) => ({ ...r })), cluster('c-none')];
    const out = await ev.process(rs, { now: 0, provider });
    expect(out.map((r) => r.DBClusterIdentifier)).toEqual(['c-b']);
    expect(out[0]?.[MATCHED_CLUSTER_PARAMETER]).toEqual(['rds.force_ssl']);
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['DescribeDBClusterParameters', { DBClusterParameterGroupName: 'cpg-default' }],
      ['DescribeDBClusterParameters', { DBClusterParameterGroupName: 'cpg-default', Marker: 'page-2' }],
      ['DescribeDBClusterParameters', { DBClusterParameterGroupName: 'cpg-secure' }],
    ]);
  });
});
