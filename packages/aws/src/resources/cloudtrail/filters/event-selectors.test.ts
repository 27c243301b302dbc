import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import trails from '../resource.js';
import eventSelectors from './event-selectors.js';

// GetEventSelectors in call order: trail a records management events, b only S3 data events.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/event-selectors', import.meta.url)),
  });
const arn = (region: string, name: string) => `arn:aws:cloudtrail:${region}:123456789012:trail/${name}`;

async function run(options: Record<string, unknown>) {
  const provider = await replay();
  const ev = eventSelectors.compile(options, {
    resourceType: trails,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const resources = [{ TrailARN: arn('us-east-1', 'a') }, { TrailARN: arn('eu-west-1', 'b') }] as Resource[];
  const out = await ev.process(resources, { now: 0, provider });
  return { arns: out.map((r) => r.TrailARN), resources, calls: provider.clients.session.calls };
}

testFilter(eventSelectors, {
  resourceType: trails,
  valid: [{ key: 'EventSelectors[].IncludeManagementEvents', op: 'contains', value: true }],
  invalid: [{ options: { key: 'EventSelectors', value: 1, op: 'like' }, messageId: 'schema' }],
});

it('matches the event selectors, asked per trail by ARN', async () => {
  const { arns, resources, calls } = await run({
    key: 'EventSelectors[].IncludeManagementEvents',
    op: 'contains',
    value: true,
  });
  expect(arns).toEqual([arn('us-east-1', 'a')]);
  expect(resources[1]?.['c7n:TrailEventSelectors']).toMatchObject({
    EventSelectors: [{ ReadWriteType: 'WriteOnly' }],
  });
  expect(resources[0]?.['c7n:TrailEventSelectors']).not.toHaveProperty('ResponseMetadata');
  expect(calls.map((c) => c.input)).toEqual([
    { TrailName: arn('us-east-1', 'a') },
    { TrailName: arn('eu-west-1', 'b') },
  ]);
});
