import { testAction } from '@c7n-ts/core/testing';
import asg from '../resource.js';
import tag, { ASG_DEFAULT_TAG_VALUE } from './tag.js';

const group = (name: string) => ({ AutoScalingGroupName: name, Tags: [] });
const asgTag = (ResourceId: string, Key: string, Value: string, PropagateAtLaunch = false) => ({
  Key,
  Value,
  PropagateAtLaunch,
  ResourceType: 'auto-scaling-group',
  ResourceId,
});

testAction(tag, {
  resourceType: asg,
  now: Date.UTC(2024, 0, 2),
  valid: [
    {},
    { key: 'Owner', value: 'x', propagate: true },
    { tag: 'Owner', msg: 'x' },
    { tags: { a: 'b', n: 1 } },
  ],
  invalid: [
    { options: { propagate: 'yes' }, messageId: 'schema' },
    { options: { tags: { a: ['x'] } }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'one CreateOrUpdateTags per group, not propagated by default',
      options: { key: 'Owner', value: 'unknown' },
      resources: [group('web'), group('api')],
      calls: [
        {
          service: 'autoscaling',
          operation: 'CreateOrUpdateTags',
          input: { Tags: [asgTag('web', 'Owner', 'unknown')] },
          resourceIds: ['web'],
        },
        { input: { Tags: [asgTag('api', 'Owner', 'unknown')] }, resourceIds: ['api'] },
      ],
    },
    {
      name: 'nothing given: maid_status with c7n`s asg message',
      options: {},
      resources: [group('web')],
      calls: [{ input: { Tags: [asgTag('web', 'maid_status', ASG_DEFAULT_TAG_VALUE)] } }],
    },
    {
      name: 'tag and msg spellings, tags after the key, propagate and placeholders',
      options: { tag: 'Owner', msg: 'in {region}', tags: { Cost: 12 }, propagate: true },
      resources: [group('web')],
      calls: [
        {
          input: {
            Tags: [asgTag('web', 'Owner', 'in us-east-1', true), asgTag('web', 'Cost', '12', true)],
          },
        },
      ],
    },
    {
      name: 'key wins over tag, value over msg',
      options: { key: 'a', tag: 'b', value: 'v', msg: 'm' },
      resources: [group('web')],
      calls: [{ input: { Tags: [asgTag('web', 'a', 'v')] } }],
    },
  ],
});
