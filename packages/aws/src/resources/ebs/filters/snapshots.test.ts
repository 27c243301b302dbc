import { fileURLToPath } from 'node:url';
import { LIST_ITEM_MATCHES } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ebs from '../resource.js';
import snapshots from './snapshots.js';

// vol-…b01 has an encrypted snapshot from 2026-11-30 and an older plain one; vol-…b02 a failed
// one; vol-…b03 none.
const flight = fileURLToPath(new URL('../__fixtures__/snapshots', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const volumes = () => [
  { VolumeId: 'vol-0a1b2c3d4e5f60b01' },
  { VolumeId: 'vol-0a1b2c3d4e5f60b02' },
  { VolumeId: 'vol-0a1b2c3d4e5f60b03' },
];

testFilter(snapshots, {
  resourceType: ebs,
  context: { provider: await replay() },
  now: Date.parse('2026-12-06T00:00:00Z'),
  valid: [
    { attrs: [{ State: 'completed' }] },
    { count: 0 },
    { attrs: [{ Encrypted: true }], count: 1, count_op: 'gte' },
  ],
  invalid: [
    { options: { count: 'none' }, messageId: 'schema', path: ['count'] },
    { options: { key: 'Snapshots' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'a snapshot passes attrs',
      options: { attrs: [{ Encrypted: true }] },
      resources: volumes(),
      matches: ['vol-0a1b2c3d4e5f60b01'],
    },
    {
      name: 'a snapshot newer than a week (c7n example, with count 0 for none)',
      options: {
        attrs: [{ type: 'value', key: 'StartTime', value_type: 'age', value: 7, op: 'less-than' }],
        count: 0,
      },
      resources: volumes(),
      matches: ['vol-0a1b2c3d4e5f60b02', 'vol-0a1b2c3d4e5f60b03'],
    },
    {
      name: 'count of passing snapshots',
      options: { attrs: [{ State: 'completed' }], count: 2, count_op: 'gte' },
      resources: volumes(),
      matches: ['vol-0a1b2c3d4e5f60b01'],
    },
  ],
});

describe('ebs snapshots calls', () => {
  it('lists snapshots by volume id in one call and keeps them in c7n:Snapshots', async () => {
    const provider = await replay();
    const ev = snapshots.compile(
      { attrs: [{ Encrypted: true }] },
      { resourceType: ebs, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const vs: Record<string, unknown>[] = volumes();
    await ev.process(vs, { now: 0, provider });
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      [
        'DescribeSnapshots',
        {
          Filters: [
            {
              Name: 'volume-id',
              Values: ['vol-0a1b2c3d4e5f60b01', 'vol-0a1b2c3d4e5f60b02', 'vol-0a1b2c3d4e5f60b03'],
            },
          ],
        },
      ],
    ]);
    expect(vs.map((v) => (v['c7n:Snapshots'] as unknown[]).length)).toEqual([2, 1, 0]);
    expect(vs.some((v) => LIST_ITEM_MATCHES in v)).toBe(false);
  });
});
