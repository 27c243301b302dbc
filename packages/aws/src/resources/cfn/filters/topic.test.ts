import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import cfn from '../resource.js';
import topic from './topic.js';

// Two of the account's topics are notified by the stacks: `encrypted` (a KMS key) and `plain`.
const flight = fileURLToPath(new URL('../__fixtures__/topic', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const A = 'arn:aws:sns:us-east-1:123456789012:';
const stacks = () => [
  { StackName: 'to-encrypted', NotificationARNs: [`${A}encrypted`] },
  { StackName: 'to-plain', NotificationARNs: [`${A}plain`] },
  { StackName: 'to-both', NotificationARNs: [`${A}encrypted`, `${A}plain`] },
  { StackName: 'to-gone', NotificationARNs: [`${A}deleted`] },
  { StackName: 'silent' },
];

testFilter(topic, {
  resourceType: cfn,
  context: { provider: await replay() },
  valid: [{ attrs: [{ KmsMasterKeyId: 'absent' }] }, { count: 0 }],
  invalid: [
    { options: { count: 'none' }, messageId: 'schema', path: ['count'] },
    { options: { key: 'Topics' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'a notified topic passes attrs',
      options: { attrs: [{ KmsMasterKeyId: 'absent' }] },
      resources: stacks(),
      matches: ['to-plain', 'to-both'],
    },
    {
      name: 'count: no existing topic (a deleted one is left out)',
      options: { count: 0 },
      resources: stacks(),
      matches: ['to-gone', 'silent'],
    },
    {
      name: 'count_op: two or more existing topics',
      options: { count: 2, count_op: 'gte' },
      resources: stacks(),
      matches: ['to-both'],
    },
  ],
});
