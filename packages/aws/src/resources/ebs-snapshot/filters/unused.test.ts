import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import snapshots from '../resource.js';
import unused from './unused.js';

// Groups on web-lc (snap-by-config), lt-batch (snap-by-template) and lt-spot (gone); old-lc
// (snap-by-unused-config) is used by no group but counts, as in c7n; ami-own uses snap-by-image.
const dir = fileURLToPath(new URL('../../../common/filters/__fixtures__/asg-launch', import.meta.url));
const provider = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
const snaps = [
  'snap-by-config',
  'snap-by-unused-config',
  'snap-by-template',
  'snap-by-image',
  'snap-idle',
].map((SnapshotId) => ({ SnapshotId }));

testFilter(unused, {
  resourceType: snapshots,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [{}, { value: false }],
  invalid: [{ options: { value: 1 }, messageId: 'schema', path: ['value'] }],
  cases: [
    { name: 'snapshots nothing uses', options: {}, resources: snaps, matches: ['snap-idle'] },
    {
      name: 'value false: the snapshots in use',
      options: { value: false },
      resources: snaps,
      matches: ['snap-by-config', 'snap-by-unused-config', 'snap-by-template', 'snap-by-image'],
    },
  ],
});

it('reads groups, configurations and template versions, then the images, as c7n', async () => {
  const p = await provider();
  const ev = unused.compile({}, { resourceType: snapshots, policyName: 't', registry: p.registry });
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  await ev.process(snaps, { now: 0, provider: p, region: 'us-east-1' });
  expect(p.clients.session.calls.map((c) => c.operation)).toEqual([
    'DescribeAutoScalingGroups',
    'DescribeAutoScalingGroups',
    'DescribeLaunchConfigurations',
    'DescribeLaunchTemplateVersions',
    'DescribeLaunchTemplateVersions',
    'DescribeImages',
  ]);
});
