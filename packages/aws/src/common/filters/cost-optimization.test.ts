import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import asg from '../../resources/asg/resource.js';
import ebs from '../../resources/ebs/resource.js';
import ec2 from '../../resources/ec2/resource.js';
import s3 from '../../resources/s3/resource.js';
import costOptimization, { COST_OPTIMIZE } from './cost-optimization.js';

// Two pages of ListRecommendations: i-01 saves 43.07 (Medium effort), i-99 is not in the
// run; then i-02 saves 5.5 (VeryLow effort). i-03 has no recommendation.
const flight = fileURLToPath(new URL('./__fixtures__/cost-optimization', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const instances = () => [{ InstanceId: 'i-01' }, { InstanceId: 'i-02' }, { InstanceId: 'i-03' }];

testFilter(costOptimization, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [
    {},
    {
      attrs: [
        { actionType: 'Rightsize' },
        { type: 'value', key: 'estimatedMonthlySavings', value: 30, op: 'gte' },
      ],
    },
  ],
  invalid: [
    { options: { action: 'Resize' }, messageId: 'schema' },
    { options: { efforts: ['Tiny'] }, messageId: 'schema' },
    { options: { action: 'Stop' }, messageId: 'ignored', path: ['action'] },
    { options: { efforts: ['Low'] }, messageId: 'ignored', path: ['efforts'] },
    { options: { attrs: [{ type: 'instance-age', days: 1 }] }, messageId: 'unknown-filter' },
    // As c7n's list_item_attrs: a mapping of several keys needs `type: value`.
    {
      options: { attrs: [{ key: 'estimatedMonthlySavings', value: 30, op: 'gte' }] },
      messageId: 'missing-type',
    },
  ],
  cases: [
    {
      name: 'every page: each instance with a recommendation',
      options: {},
      resources: instances(),
      matches: ['i-01', 'i-02'],
    },
    {
      name: 'attrs: the recommendation must pass them',
      options: { attrs: [{ type: 'value', key: 'estimatedMonthlySavings', value: 30, op: 'gte' }] },
      resources: instances(),
      matches: ['i-01'],
    },
  ],
});

it('applies by trait: ec2, ebs and asg declare a Cost Optimization Hub type, s3 does not', () => {
  const { resources } = costOptimization;
  if (typeof resources !== 'object' || !('has' in resources)) throw new Error('expected a trait');
  expect([ec2, ebs, asg, s3].map((rt) => resources.has(rt))).toEqual([true, true, true, false]);
});

it("asks for the type's resource and action type in the policy's region, page by page", async () => {
  const provider = await replay();
  const ev = costOptimization.compile(
    {},
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = instances();
  await ev.process(rs, { now: 0, provider, region: 'us-east-1' });
  expect(rs[0]?.[COST_OPTIMIZE]).toMatchObject({ recommendationId: 'rec-01' });
  const calls = provider.clients.session.calls;
  const filter = { actionTypes: ['Rightsize'], regions: ['us-east-1'], resourceTypes: ['Ec2Instance'] };
  expect(calls.map((c) => c.input)).toEqual([{ filter }, { filter, nextToken: 'page-2' }]);
});
