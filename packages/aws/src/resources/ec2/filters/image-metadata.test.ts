import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import imageMetadata from './image-metadata.js';

// DescribeInstanceImageMetadata: i-01 runs a deregistered private AMI, i-02 a public Amazon one;
// AWS returns nothing for i-03.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/image-metadata', import.meta.url)),
  });
const instances = [{ InstanceId: 'i-01' }, { InstanceId: 'i-02' }, { InstanceId: 'i-03' }];

testFilter(imageMetadata, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [
    { key: 'State', value: 'deregistered' },
    { key: 'IsPublic', value: true },
  ],
  invalid: [
    { options: { key: 'State', value: 'x', instance_ids: [] }, messageId: 'schema' },
    { options: { key: 'CreationDate', value_type: 'age', value: 'old' }, messageId: 'invalid-age-value' },
  ],
  cases: [
    {
      name: 'deregistered image',
      options: { key: 'State', value: 'deregistered' },
      resources: instances,
      matches: ['i-01'],
    },
    {
      name: 'public image',
      options: { key: 'IsPublic', value: true },
      resources: instances,
      matches: ['i-02'],
    },
    {
      name: 'op: in',
      options: { key: 'State', op: 'in', value: ['deregistered', 'disabled'] },
      resources: instances,
      matches: ['i-01'],
    },
    {
      name: 'no metadata: every key absent',
      options: { key: 'State', value: 'absent' },
      resources: instances,
      matches: ['i-03'],
    },
  ],
});

it('asks once per 50 instances, annotates, and reuses the annotation', async () => {
  const provider = await replay();
  const ev = imageMetadata.compile(
    { key: 'ImageOwnerAlias', value: 'amazon' },
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = Array.from({ length: 51 }, (_, n) => ({ InstanceId: `i-0${n + 1}` }));
  expect((await ev.process(rs, { now: 0, provider })).map((r) => r.InstanceId)).toEqual(['i-02']);
  expect(rs[0]?.['c7n:image-metadata']).toMatchObject({ State: 'deregistered' });
  expect(rs[2]?.['c7n:image-metadata']).toEqual({});
  await ev.process(rs, { now: 0, provider });
  const calls = provider.clients.session.calls;
  expect(calls.map((c) => c.operation)).toEqual([
    'DescribeInstanceImageMetadata',
    'DescribeInstanceImageMetadata',
  ]);
  expect((calls[0]?.input as { InstanceIds?: string[] } | undefined)?.InstanceIds).toHaveLength(50);
  expect(calls[1]?.input).toEqual({ InstanceIds: ['i-051'] });
});
