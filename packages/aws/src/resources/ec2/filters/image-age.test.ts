import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import { INSTANCE_IMAGE } from './image.js';
import imageAge from './image-age.js';

const now = Date.parse('2024-03-01T00:00:00Z');
const withImage = (id: string, created: string | null) => ({
  InstanceId: id,
  ImageId: `ami-${id}`,
  [INSTANCE_IMAGE]: created === null ? null : { ImageId: `ami-${id}`, CreationDate: created },
});
// Images already looked up (annotated), so these cases make no calls.
const resources = [
  withImage('i-old', '2023-01-01T00:00:00.000Z'),
  withImage('i-recent', '2024-02-25T00:00:00.000Z'),
  withImage('i-gone', null),
];

testFilter(imageAge, {
  resourceType: ec2,
  now,
  valid: [{ days: 30 }, { op: 'lt', days: 7.5 }, {}],
  invalid: [
    { options: { days: 'old' }, messageId: 'schema', path: ['days'] },
    { options: { op: 'older' }, messageId: 'schema', path: ['op'] },
    { options: { hours: 3 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'older than 30 days; a gone image counts as old',
      options: { days: 30 },
      resources,
      matches: ['i-old', 'i-gone'],
    },
    { name: 'op lt: younger than', options: { op: 'lt', days: 30 }, resources, matches: ['i-recent'] },
  ],
});

it('looks the images up like the image filter, dating a gone one at 2000-01-01', async () => {
  // Flight data: the account owns no image; ami-0dead is gone (NotFound), ami-0f2 is public.
  const provider = await createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/filter-image-gone', import.meta.url)),
  });
  const rs: Resource[] = [
    { InstanceId: 'i-orphan', ImageId: 'ami-0dead' },
    { InstanceId: 'i-public', ImageId: 'ami-0f2' },
  ];
  const ev = imageAge.compile(
    { days: 365 * 20 },
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process(rs, { now: Date.parse('2024-03-01T00:00:00Z'), provider });
  expect(out.map((r) => r.InstanceId)).toEqual(['i-orphan']);
  expect(rs[1]?.[INSTANCE_IMAGE]).toMatchObject({ ImageId: 'ami-0f2' });
  expect(provider.clients.session.calls.map((c) => c.operation)).toEqual([
    'DescribeImages',
    'DescribeImages',
    'DescribeImages',
  ]);
});
