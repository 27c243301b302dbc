import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ami from '../resource.js';
import unused from './unused.js';

// One instance of ami-by-instance; groups on web-lc (ami-by-config), lt-batch $Latest
// (ami-by-template) and lt-spot (gone); old-lc (ami-by-unused-config) is used by no group.
const dir = fileURLToPath(new URL('../../../common/filters/__fixtures__/asg-launch', import.meta.url));
const provider = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
const images = [
  'ami-by-instance',
  'ami-by-config',
  'ami-by-template',
  'ami-by-unused-config',
  'ami-idle',
].map((ImageId) => ({ ImageId }));

testFilter(unused, {
  resourceType: ami,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [{}, { value: false }],
  invalid: [
    { options: { value: 'yes' }, messageId: 'schema', path: ['value'] },
    { options: { days: 30 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'images nothing launches from',
      options: {},
      resources: images,
      matches: ['ami-by-unused-config', 'ami-idle'],
    },
    {
      name: 'value false: the images in use',
      options: { value: false },
      resources: images,
      matches: ['ami-by-instance', 'ami-by-config', 'ami-by-template'],
    },
  ],
});

it('reads instances, then groups, configurations and template versions, as c7n', async () => {
  const p = await provider();
  const ev = unused.compile({}, { resourceType: ami, policyName: 't', registry: p.registry });
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  await ev.process(images, { now: 0, provider: p, region: 'us-east-1' });
  expect(p.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
    ['DescribeInstances', expect.anything()],
    ['DescribeAutoScalingGroups', {}],
    ['DescribeAutoScalingGroups', { NextToken: 'page-2' }],
    ['DescribeLaunchConfigurations', {}],
    ['DescribeLaunchTemplateVersions', { LaunchTemplateId: 'lt-batch', Versions: ['$Latest'] }],
    ['DescribeLaunchTemplateVersions', { LaunchTemplateId: 'lt-spot', Versions: ['$Default'] }],
  ]);
});
