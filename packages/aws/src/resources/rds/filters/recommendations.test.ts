import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import rds from '../resource.js';
import recommendations, { MATCHED_RECOMMENDATIONS, RECOMMENDATIONS } from './recommendations.js';

const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/recommendations', import.meta.url)),
  });

const db = (id: string, dbi?: string) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  ...(dbi && { DbiResourceId: dbi }),
});
// Flight data: orders has r1 (active) and r2 (resolved, high); dev has r3 (dismissed).
const resources = [db('orders', 'db-ORDERS'), db('dev', 'db-DEV'), db('quiet', 'db-QUIET')];

testFilter(recommendations, {
  resourceType: rds,
  context: { provider: await replay() },
  valid: [{ key: 'Status', value: 'active' }],
  invalid: [
    { options: { key: 'Status', value: 'active', status: 'x' }, messageId: 'schema' },
    { options: { key: 'x', value_type: 'age', op: 'gt', value: 'old' }, messageId: 'invalid-age-value' },
  ],
  cases: [
    { name: 'active ones', options: { key: 'Status', value: 'active' }, resources, matches: ['orders'] },
    {
      name: 'by op',
      options: { key: 'Status', op: 'in', value: ['dismissed', 'resolved'] },
      resources,
      matches: ['orders', 'dev'],
    },
  ],
});

describe('rds recommendations', () => {
  it('asks by DbiResourceId, matches by ARN and keeps all and matched ones', async () => {
    const provider = await replay();
    const ev = recommendations.compile(
      { key: 'Severity', value: 'high' },
      { resourceType: rds, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const rs: Resource[] = structuredClone(resources);
    const out = await ev.process(rs, { now: 0, provider });
    expect(out.map((r) => r.DBInstanceIdentifier)).toEqual(['orders']);
    expect(((out[0]?.[MATCHED_RECOMMENDATIONS] ?? []) as Resource[]).map((e) => e.RecommendationId)).toEqual([
      'r2',
    ]);
    expect(((rs[0]?.[RECOMMENDATIONS] ?? []) as Resource[]).map((e) => e.RecommendationId)).toEqual([
      'r1',
      'r2',
    ]);
    expect(rs[2]?.[RECOMMENDATIONS]).toEqual([]);
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      [
        'DescribeDBRecommendations',
        { Filters: [{ Name: 'dbi-resource-id', Values: ['db-ORDERS', 'db-DEV', 'db-QUIET'] }] },
      ],
    ]);
  });

  it('makes no call when no instance has a DbiResourceId', async () => {
    const provider = await replay();
    const ev = recommendations.compile(
      { key: 'Status', value: 'active' },
      { resourceType: rds, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const rs: Resource[] = [db('bare')];
    expect(await ev.process(rs, { now: 0, provider })).toEqual([]);
    expect(rs[0]?.[RECOMMENDATIONS]).toEqual([]);
    expect(provider.clients.session.calls).toEqual([]);
  });
});
