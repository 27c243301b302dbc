import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import policies from '../resource.js';
import usage from './usage.js';

// Access advisor: the first policy's job completes with S3 used and IAM not; the second's with
// nothing used. The builder itself is tested with iam-user.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/usage', import.meta.url)),
  });
const arn = (n: string) => `arn:aws:iam::123456789012:policy/${n}`;
const resources: Record<string, unknown>[] = [
  { PolicyId: 'active', Arn: arn('active') },
  { PolicyId: 'idle', Arn: arn('idle') },
];

testFilter(usage, {
  resourceType: policies,
  context: { provider: await replay() },
  valid: [{ 'match-operator': 'all', LastAuthenticated: null }],
  invalid: [{ options: { LastAuthenticated: null }, messageId: 'schema' }],
  cases: [
    {
      name: 'all: no service used',
      options: { 'match-operator': 'all', 'poll-delay': 0, LastAuthenticated: null },
      resources,
      matches: ['idle'],
    },
    {
      name: 'any: S3 used',
      options: {
        'match-operator': 'any',
        'poll-delay': 0,
        ServiceNamespace: 's3',
        TotalAuthenticatedEntities: 1,
      },
      resources,
      matches: ['active'],
    },
  ],
});

it('asks access advisor by policy ARN', async () => {
  const provider = await replay();
  const ev = usage.compile(
    { 'match-operator': 'any', 'poll-delay': 0, ServiceNamespace: 's3' },
    { resourceType: policies, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  await ev.process(structuredClone(resources), { now: 0, provider });
  expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
    ['GenerateServiceLastAccessedDetails', { Arn: arn('active') }],
    ['GenerateServiceLastAccessedDetails', { Arn: arn('idle') }],
    ['GetServiceLastAccessedDetails', { JobId: 'job-one' }],
    ['GetServiceLastAccessedDetails', { JobId: 'job-two' }],
  ]);
});
