import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { groups, now, provider } from '../__fixtures__/launch/groups.js';
import asg from '../resource.js';
import imageAge from './image-age.js';

testFilter(imageAge, {
  resourceType: asg,
  now,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [{ days: 30 }, { op: 'lt', days: 7.5 }, {}],
  invalid: [
    { options: { days: 'old' }, messageId: 'schema', path: ['days'] },
    { options: { hours: 3 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'older than a year; a gone configuration counts as old',
      options: { days: 365 },
      resources: groups(),
      matches: ['web', 'gone'],
    },
    { name: 'op lt: younger than', options: { op: 'lt', days: 30 }, resources: groups(), matches: ['batch'] },
  ],
});

it('reads template versions, then configurations by name, then images by id, as c7n', async () => {
  const p = await provider();
  const ev = imageAge.compile({ days: 1 }, { resourceType: asg, policyName: 't', registry: p.registry });
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  await ev.process(groups(), { now, provider: p, region: 'us-east-1' });
  expect(p.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
    ['DescribeLaunchTemplateVersions', { LaunchTemplateId: 'lt-1', Versions: ['$Latest'] }],
    ['DescribeLaunchConfigurations', { LaunchConfigurationNames: ['lc-web', 'lc-enc', 'lc-gone'] }],
    ['DescribeImages', { ImageIds: ['ami-old', 'ami-enc', 'ami-tmpl'] }],
  ]);
});
