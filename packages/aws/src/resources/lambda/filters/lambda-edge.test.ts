import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import functions from '../resource.js';
import lambdaEdge from './lambda-edge.js';

// ListDistributions: E1 runs headers:3 (default behaviour); E2 runs auth:7 and headers:4 (/auth/*).
const replay = fileURLToPath(new URL('../__fixtures__/lambda-edge', import.meta.url));
const provider = (region: string) =>
  createAwsProvider({ regions: [region], accountId: '123456789012', replay });
const fn = (name: string): Resource => ({
  FunctionName: name,
  FunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${name}`,
});
const resources = () => ['headers', 'auth', 'plain'].map(fn);

testFilter(lambdaEdge, {
  resourceType: functions,
  context: { provider: await provider('us-east-1'), region: 'us-east-1' },
  valid: [{}, { state: true }],
  invalid: [{ options: { state: 'yes' }, messageId: 'schema', path: ['state'] }],
  cases: [
    {
      name: 'state: true, any cache behaviour',
      options: { state: true },
      resources: resources(),
      matches: ['headers', 'auth'],
    },
    { name: 'state: false', options: { state: false }, resources: resources(), matches: ['plain'] },
    { name: 'no state is false', options: {}, resources: resources(), matches: ['plain'] },
  ],
});

it('keeps the distributions; outside us-east-1, state: true matches nothing', async () => {
  const east = await provider('us-east-1');
  const ctx = { resourceType: functions, policyName: 't', registry: east.registry };
  const ev = lambdaEdge.compile({ state: true }, ctx);
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process(resources(), { now: 0, provider: east, region: 'us-east-1' });
  expect(out.find((r) => r.FunctionName === 'headers')?.['c7n:DistributionIds']).toEqual([
    'E1AAAAAAAAAAAA',
    'E2BBBBBBBBBBBB',
  ]);
  const west = await provider('us-west-2');
  expect(await ev.process(resources(), { now: 0, provider: west, region: 'us-west-2' })).toEqual([]);
  expect(west.clients.session.calls).toEqual([]);
});
