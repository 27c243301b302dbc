import { testFilter } from '@c7n-ts/core/testing';
import asg from '../resource.js';
import propagatedTags from './propagated-tags.js';

const tag = (Key: string, PropagateAtLaunch: boolean) => ({ Key, Value: 'v', PropagateAtLaunch });
const resources = [
  { AutoScalingGroupName: 'both', Tags: [tag('A', true), tag('B', true)] },
  { AutoScalingGroupName: 'one', Tags: [tag('A', true), tag('B', false)] },
  { AutoScalingGroupName: 'none', Tags: [tag('A', false), tag('B', false)] },
];

testFilter(propagatedTags, {
  resourceType: asg,
  valid: [{}, { keys: ['A'], match: false, propagate: false }],
  invalid: [
    { options: { keys: 'A' }, messageId: 'schema', path: ['keys'] },
    { options: { key: 'A' }, messageId: 'schema' },
  ],
  cases: [
    { name: 'every key propagates', options: { keys: ['A', 'B'] }, resources, matches: ['both'] },
    {
      name: 'match false: some key does not propagate',
      options: { keys: ['A', 'B'], match: false },
      resources,
      matches: ['one', 'none'],
    },
    {
      name: 'propagate false: every key is set not to propagate',
      options: { keys: ['A', 'B'], propagate: false },
      resources,
      matches: ['none'],
    },
  ],
});
