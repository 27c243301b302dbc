import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createClients } from '../../../clients/index.js';
import ec2 from '../resource.js';
import propagateSpotTags from './propagate-spot-tags.js';

// DescribeSpotInstanceRequests: sir-aaaa1111 tagged Name=batch-worker, BillingTag=research (and
// an aws: tag); sir-bbbb2222 untagged.
const clients = createClients({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/propagate-spot-tags', import.meta.url)),
});
const replay = {
  clients,
  read: (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1'),
};
const spot = (id: string, request: string, tags: Record<string, string> = {}) => ({
  InstanceId: id,
  InstanceLifecycle: 'spot',
  SpotInstanceRequestId: request,
  Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
});
const instances = [
  spot('i-01', 'sir-aaaa1111'),
  spot('i-02', 'sir-aaaa1111', { Name: 'batch-worker', BillingTag: 'research' }),
  spot('i-03', 'sir-bbbb2222'),
  { InstanceId: 'i-04', Tags: [] },
];
const both = [
  { Key: 'Name', Value: 'batch-worker' },
  { Key: 'BillingTag', Value: 'research' },
];

testAction(propagateSpotTags, {
  resourceType: ec2,
  context: { read: replay.read },
  valid: [{}, { only_tags: ['Name'] }],
  invalid: [
    { options: { only_tags: 'Name' }, messageId: 'schema', path: ['only_tags'] },
    { options: { tags: ['Name'] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: "the request's tags (not aws:) onto its instances that lack one",
      options: {},
      resources: instances,
      calls: [
        {
          service: 'ec2',
          operation: 'CreateTags',
          input: { Resources: ['i-01'], Tags: both },
          batchField: 'Resources',
        },
      ],
    },
    {
      name: 'only_tags keeps the named tags; a differing value is overwritten',
      options: { only_tags: ['Name', 'Owner'] },
      resources: [
        spot('i-01', 'sir-aaaa1111', { Name: 'old' }),
        spot('i-02', 'sir-aaaa1111', { Name: 'batch-worker' }),
      ],
      calls: [{ operation: 'CreateTags', input: { Resources: ['i-01'], Tags: [both[0]] } }],
    },
    {
      name: 'no spot instance: no call at all',
      options: {},
      resources: [{ InstanceId: 'i-04', Tags: [] }],
      calls: [],
    },
  ],
});

it('asks for the requests of the spot instances once', async () => {
  const calls = replay.clients.session.calls;
  const before = calls.length;
  await propagateSpotTags.plan(instances as never, {}, { read: replay.read } as never);
  expect(calls.slice(before).map((c) => [c.operation, c.input])).toEqual([
    [
      'DescribeSpotInstanceRequests',
      { Filters: [{ Name: 'spot-instance-request-id', Values: ['sir-aaaa1111', 'sir-bbbb2222'] }] },
    ],
  ]);
});
