import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ami from '../resource.js';
import imageAttribute from './image-attribute.js';

// DescribeImageAttribute lastLaunchedTime answers, in call order: launched 2 days ago, launched
// 5 months ago, never launched.
const dir = fileURLToPath(new URL('../__fixtures__/image-attribute', import.meta.url));
const now = Date.parse('2024-03-01T00:00:00Z');
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
const images = (): Record<string, unknown>[] =>
  ['ami-used', 'ami-idle', 'ami-never'].map((ImageId) => ({ ImageId }));
const lastLaunched = { attribute: 'lastLaunchedTime', key: 'Value' };

testFilter(imageAttribute, {
  resourceType: ami,
  now,
  context: { provider, region: 'us-east-1' },
  valid: [
    { ...lastLaunched, value: 'absent' },
    { attribute: 'bootMode', key: 'Value', value: 'uefi' },
  ],
  invalid: [
    { options: { key: 'Value', value: 'x' }, messageId: 'schema' },
    {
      options: { attribute: 'lastLaunched', key: 'Value', value: 1 },
      messageId: 'schema',
      path: ['attribute'],
    },
    {
      options: { attribute: 'bootMode', key: 'Value', op: 'eq', value_type: 'sizes', value: 1 },
      messageId: 'schema',
    },
  ],
  cases: [
    {
      name: 'launched 30+ days ago',
      options: { ...lastLaunched, op: 'gte', value_type: 'age', value: 30 },
      resources: images(),
      matches: ['ami-idle'],
    },
    {
      name: 'never launched',
      options: { ...lastLaunched, value: 'absent' },
      resources: images(),
      matches: ['ami-never'],
    },
  ],
});

it('image-attribute keeps the attribute on each image, one call per image', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  const rs = images();
  const ev = imageAttribute.compile(
    { ...lastLaunched, value: 'present' },
    { resourceType: ami, policyName: 't', registry: p.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const out = await ev.process(rs, { now, provider: p });
  expect(out.map((r) => r.ImageId)).toEqual(['ami-used', 'ami-idle']);
  expect(rs[0]?.['c7n:attribute-lastLaunchedTime']).toEqual({ Value: '2024-02-28T10:00:00Z' });
  expect(p.clients.session.calls.map((c) => c.input)).toEqual(
    rs.map((r) => ({ ImageId: r.ImageId, Attribute: 'lastLaunchedTime' })),
  );
});
