import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import image, { INSTANCE_IMAGE } from './image.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-image', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

// Flight data: the account owns ami-0f1 (DescribeImages_1); ami-0f2 is public (DescribeImages_2).
const own = [
  { InstanceId: 'i-golden', ImageId: 'ami-0f1' },
  { InstanceId: 'i-golden-2', ImageId: 'ami-0f1' },
];

testFilter(image, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [
    { key: 'Name', value: 'golden-*', op: 'glob' },
    { key: 'CreationDate', value_type: 'age', op: 'gt', value: 90 },
  ],
  invalid: [
    { options: { key: 'Name', value: 'x', operator: 'or' }, messageId: 'schema' },
    {
      options: { key: 'CreationDate', value_type: 'age', op: 'gt', value: 'old' },
      messageId: 'invalid-age-value',
    },
  ],
  cases: [
    {
      name: 'image name',
      options: { key: 'Name', value: 'golden-*', op: 'glob' },
      resources: own,
      matches: ['i-golden', 'i-golden-2'],
    },
    { name: 'no match', options: { key: 'Public', value: true }, resources: own, matches: [] },
  ],
});

describe('ec2 image calls', () => {
  it("lists the account's images, then asks by id for the others, without an owner filter", async () => {
    const provider = await replay();
    const rs: Resource[] = [...structuredClone(own), { InstanceId: 'i-public', ImageId: 'ami-0f2' }];
    const ev = image.compile(
      { key: 'Public', value: true },
      { resourceType: ec2, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(rs, { now: 0, provider });
    expect(out.map((r) => r.InstanceId)).toEqual(['i-public']);
    expect(rs[0]?.[INSTANCE_IMAGE]).toMatchObject({ ImageId: 'ami-0f1' });
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['DescribeImages', { Owners: ['self'] }],
      ['DescribeImages', { ImageIds: ['ami-0f2'] }],
    ]);
  });

  it('drops image ids AWS says are gone and asks again, as c7n does', async () => {
    const provider = await createAwsProvider({
      regions: ['us-east-1'],
      accountId: '123456789012',
      replay: fileURLToPath(new URL('../__fixtures__/filter-image-gone', import.meta.url)),
    });
    const rs: Resource[] = [
      { InstanceId: 'i-orphan', ImageId: 'ami-0dead' },
      { InstanceId: 'i-public', ImageId: 'ami-0f2' },
    ];
    const ev = image.compile(
      { key: 'Public', value: true },
      { resourceType: ec2, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    expect((await ev.process(rs, { now: 0, provider })).map((r) => r.InstanceId)).toEqual(['i-public']);
    expect(rs[0]?.[INSTANCE_IMAGE]).toBeNull();
    expect(provider.clients.session.calls.map((c) => c.input)).toEqual([
      { Owners: ['self'] },
      { ImageIds: ['ami-0dead', 'ami-0f2'] },
      { ImageIds: ['ami-0f2'] },
    ]);
  });
});
