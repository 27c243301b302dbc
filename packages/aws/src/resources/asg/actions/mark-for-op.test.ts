import { testAction } from '@c7n-ts/core/testing';
import notify from '../../../common/actions/notify.js';
import asg from '../resource.js';
import markForOp from './mark-for-op.js';
import tag from './tag.js';

const asgTag = (Key: string, Value: string) => ({
  Key,
  Value,
  PropagateAtLaunch: false,
  ResourceType: 'auto-scaling-group',
  ResourceId: 'web',
});

testAction(markForOp, {
  resourceType: asg,
  with: [notify, tag],
  now: Date.UTC(2024, 0, 1, 12),
  valid: [
    { op: 'tag', days: 1 },
    { op: 'tag', key: 'k', message: '{op}@{action_date}', hours: 2, tz: 'et' },
  ],
  invalid: [
    { options: { days: 1 }, messageId: 'missing-op' },
    { options: { op: 'tagg', days: 1 }, messageId: 'unknown-op', path: ['op'] },
    { options: { op: 'tag', days: 1, tz: 'nowhere' }, messageId: 'unknown-tz', path: ['tz'] },
    { options: { op: 'tag', days: 1, message: '{nope}' }, messageId: 'bad-msg', path: ['message'] },
    { options: { op: 'tag', days: 1, custom: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'c7n`s asg message on maid_status, one call per group',
      options: { op: 'tag', days: 7 },
      resources: [{ AutoScalingGroupName: 'web' }],
      calls: [
        {
          service: 'autoscaling',
          operation: 'CreateOrUpdateTags',
          input: { Tags: [asgTag('maid_status', 'AutoScaleGroup does not meet org policy: tag@2024/01/08')] },
          resourceIds: ['web'],
        },
      ],
    },
    {
      name: 'key and message win over tag and msg',
      options: { op: 'tag', days: 1, key: 'k', tag: 't', message: 'M {op}@{action_date}', msg: 'm' },
      resources: [{ AutoScalingGroupName: 'web' }],
      calls: [{ input: { Tags: [asgTag('k', 'M tag@2024/01/02')] } }],
    },
  ],
});
