import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import redshift from '../resource.js';
import param, { recast } from './param.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-param', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

// Flight data: the first group read (no-ssl) has require_ssl false; the second (ssl) true.
const cluster = (id: string, group: string) => ({
  ClusterIdentifier: id,
  ClusterParameterGroups: [{ ParameterGroupName: group, ParameterApplyStatus: 'in-sync' }],
});
const resources = [cluster('rs-open', 'no-ssl'), cluster('rs-closed', 'ssl'), cluster('rs-open-2', 'no-ssl')];

testFilter(param, {
  resourceType: redshift,
  context: { provider: await provider() },
  valid: [{ key: 'require_ssl', value: false }],
  invalid: [{ options: { key: 'require_ssl', op: 'bigger' }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'typed boolean, each group read once',
      options: { key: 'require_ssl', value: false },
      resources,
      matches: ['rs-open', 'rs-open-2'],
    },
  ],
});

describe('redshift param recast', () => {
  it('reads integers and booleans as JSON, except `default`', () => {
    expect(recast('false', 'boolean')).toBe(false);
    expect(recast('12', 'integer')).toBe(12);
    expect(recast('default', 'integer')).toBe('default');
    expect(recast('1', 'string')).toBe('1');
  });

  it('one DescribeClusterParameters per group', async () => {
    const p = await provider();
    const ev = param.compile(
      { key: 'require_ssl', value: true },
      { resourceType: redshift, policyName: 't', registry: p.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(structuredClone(resources), { now: 0, provider: p });
    expect(out.map((r) => r.ClusterIdentifier)).toEqual(['rs-closed']);
    expect(p.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['DescribeClusterParameters', { ParameterGroupName: 'no-ssl' }],
      ['DescribeClusterParameters', { ParameterGroupName: 'ssl' }],
    ]);
  });
});
