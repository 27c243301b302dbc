import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { groups, provider } from '../__fixtures__/launch/groups.js';
import asg from '../resource.js';
import invalid, { INVALID } from './invalid.js';

testFilter(invalid, {
  resourceType: asg,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [{}],
  invalid: [{ options: { checks: [] }, messageId: 'schema' }],
  cases: [
    {
      name: 'a key pair, subnet or configuration that is gone',
      options: {},
      resources: groups(),
      matches: ['enc', 'gone'],
    },
  ],
});

it('records the errors, reading as c7n does', async () => {
  const p = await provider();
  const ev = invalid.compile({}, { resourceType: asg, policyName: 't', registry: p.registry });
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const rs = groups();
  await ev.process(rs, { now: 0, provider: p, region: 'us-east-1' });
  expect(rs.map((r) => (r as Record<string, unknown>)[INVALID])).toEqual([
    undefined,
    undefined,
    [['invalid-key-pair', 'gone-key']],
    [
      ['invalid-subnet', 'subnet-gone'],
      ['invalid-config', 'lc-gone'],
    ],
  ]);
  expect(p.clients.session.calls.map((c) => c.operation)).toEqual([
    'DescribeLaunchTemplateVersions',
    'DescribeLaunchConfigurations',
    'DescribeSubnets',
    'DescribeSecurityGroups',
    'DescribeKeyPairs',
    'DescribeLoadBalancers',
    'DescribeTargetGroups',
    'DescribeSnapshots',
    'DescribeImages',
  ]);
});

it('is refused in a Lambda mode, as in c7n', () => {
  const problems = invalid.check?.({}, {
    resourceType: asg,
    policyName: 't',
    policy: { name: 't', resource: 'asg', mode: { type: 'periodic' } },
  } as never);
  expect(problems?.map((x) => x.messageId)).toEqual(['lambda-mode']);
});
