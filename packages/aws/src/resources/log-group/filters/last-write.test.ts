import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import groups from '../resource.js';
import lastWrite from './last-write.js';

// DescribeLogStreams in call order: g-1's latest stream was ingested at 1700000100000 (Nov 2023);
// g-2 has no stream; g-3's latest stream has no ingestion time, only its creation (1700000000000).
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/last-write', import.meta.url)),
  });
const DAY = 86_400_000;
const NOW = 1_700_000_000_000 + 10 * DAY;
const listed = () =>
  [
    { logGroupName: 'g-1', creationTime: 1_690_000_000_000 },
    { logGroupName: 'g-2', creationTime: NOW - DAY },
    { logGroupName: 'g-3', creationTime: 1_690_000_000_000 },
  ] as Resource[];

async function run(days: number) {
  const provider = await replay();
  const ev = lastWrite.compile(
    { days },
    { resourceType: groups, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const resources = listed();
  const out = await ev.process(resources, { now: NOW, provider });
  return { names: out.map((r) => r.logGroupName), resources, calls: provider.clients.session.calls };
}

testFilter(lastWrite, {
  resourceType: groups,
  valid: [{ days: 60 }, { days: 182.5 }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { days: '60' }, messageId: 'schema', path: ['days'] },
  ],
});

it('dates the last write from the latest stream, else the group creation', async () => {
  const { names, resources, calls } = await run(5);
  expect(names).toEqual(['g-1', 'g-3']);
  expect(resources.map((r) => r.lastWrite)).toEqual([
    new Date(1_700_000_100_000).toISOString(),
    new Date(NOW - DAY).toISOString(),
    new Date(1_700_000_000_000).toISOString(),
  ]);
  expect(resources[1]?.streams).toEqual([]);
  expect(calls[0]?.input).toEqual({
    logGroupName: 'g-1',
    orderBy: 'LastEventTime',
    descending: true,
    limit: 3,
  });
  expect((await run(11)).names).toEqual([]);
});
