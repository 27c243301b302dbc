import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import groups from '../resource.js';
import subscriptionFilter from './subscription-filter.js';

// DescribeSubscriptionFilters in call order: a to a Lambda function, b to a Kinesis stream, c none.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/subscription-filter', import.meta.url)),
  });

async function run(options: Record<string, unknown>) {
  const provider = await replay();
  const ev = subscriptionFilter.compile(options, {
    resourceType: groups,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const resources: Resource[] = ['a', 'b', 'c'].map((logGroupName) => ({ logGroupName }));
  const out = await ev.process(resources, { now: 0, provider });
  return { names: out.map((r) => r.logGroupName), resources, calls: provider.clients.session.calls };
}

testFilter(subscriptionFilter, {
  resourceType: groups,
  valid: [{}, { key: 'destinationArn', value: 'arn:aws:kinesis:*', op: 'glob' }],
  invalid: [{ options: { key: 'destinationArn', value: 'x', destination: 'y' }, messageId: 'schema' }],
});

it('alone, matches every group with a subscription', async () => {
  const { names, resources, calls } = await run({});
  expect(names).toEqual(['a', 'b']);
  expect(resources[0]?.['c7n:SubscriptionFilters']).toEqual([
    expect.objectContaining({ filterName: 'to-forwarder' }),
  ]);
  expect(calls.map((c) => c.input)).toEqual([
    { logGroupName: 'a' },
    { logGroupName: 'b' },
    { logGroupName: 'c' },
  ]);
});

it('with value options, a group one of whose filters passes', async () => {
  expect((await run({ key: 'distribution', value: 'Random' })).names).toEqual(['b']);
  expect((await run({ key: 'destinationArn', value: 'arn:aws:lambda:*', op: 'glob' })).names).toEqual(['a']);
});
