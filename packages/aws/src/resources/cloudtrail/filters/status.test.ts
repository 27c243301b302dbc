import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import trails from '../resource.js';
import status from './status.js';

// GetTrailStatus in call order: the first trail logs, the second does not.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/status', import.meta.url)),
  });
const arn = (region: string, name: string) => `arn:aws:cloudtrail:${region}:123456789012:trail/${name}`;
const listed = () => [{ TrailARN: arn('us-east-1', 'a') }, { TrailARN: arn('eu-west-1', 'b') }] as Resource[];

async function run(options: Record<string, unknown>) {
  const provider = await replay();
  const ev = status.compile(options, { resourceType: trails, policyName: 't', registry: provider.registry });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const resources = listed();
  const out = await ev.process(resources, { now: 0, provider });
  return { arns: out.map((r) => r.TrailARN), resources, calls: provider.clients.session.calls };
}

testFilter(status, {
  resourceType: trails,
  valid: [{ key: 'IsLogging', value: false }],
  invalid: [{ options: { key: 'IsLogging', value: false, op: 'like' }, messageId: 'schema' }],
});

it('matches the status, asked per trail by ARN', async () => {
  const { arns, resources, calls } = await run({ key: 'IsLogging', value: false });
  expect(arns).toEqual([arn('eu-west-1', 'b')]);
  expect(resources[1]?.['c7n:TrailStatus']).toEqual({ IsLogging: false });
  expect(calls.map((c) => c.input)).toEqual([
    { Name: arn('us-east-1', 'a') },
    { Name: arn('eu-west-1', 'b') },
  ]);
});
