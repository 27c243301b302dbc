import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { groups, provider } from '../__fixtures__/launch/groups.js';
import asg from '../resource.js';
import notEncrypted from './not-encrypted.js';

testFilter(notEncrypted, {
  resourceType: asg,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [{}, { exclude_image: true }],
  invalid: [{ options: { exclude_image: 'yes' }, messageId: 'schema', path: ['exclude_image'] }],
  cases: [
    {
      name: 'unencrypted image or added volume; a gone configuration does not match',
      options: {},
      resources: groups(),
      matches: ['web', 'batch'],
    },
  ],
});

it('records what is unencrypted, and asks for snapshots after images', async () => {
  const p = await provider();
  const ev = notEncrypted.compile({}, { resourceType: asg, policyName: 't', registry: p.registry });
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const rs = groups();
  await ev.process(rs, { now: 0, provider: p, region: 'us-east-1' });
  expect(rs.map((r) => (r as Record<string, unknown>).Unencrypted)).toEqual([
    ['Image', 'LaunchConfig'],
    ['LaunchConfig'],
    undefined,
    undefined,
  ]);
  expect(p.clients.session.calls.map((c) => c.operation).slice(-2)).toEqual([
    'DescribeImages',
    'DescribeSnapshots',
  ]);
  const withoutImage = notEncrypted.compile(
    { exclude_image: true },
    { resourceType: asg, policyName: 't', registry: p.registry },
  );
  if (withoutImage.kind !== 'process') throw new Error('expected a set-wise filter');
  const again = groups();
  await withoutImage.process(again, { now: 0, provider: p, region: 'us-east-1' });
  expect((again[0] as Record<string, unknown>).Unencrypted).toEqual(['LaunchConfig']);
});
