import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import s3 from '../resource.js';
import bucketNotification from './bucket-notification.js';

const fn = (Id: string) => ({
  Id,
  LambdaFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${Id}`,
  Events: ['s3:ObjectCreated:*'],
});
const buckets = (): Resource[] => [
  { Name: 'two', Notification: { LambdaFunctionConfigurations: [fn('old-handler'), fn('indexer')] } },
  {
    Name: 'topic',
    Notification: {
      TopicConfigurations: [{ Id: 'old-handler', TopicArn: 'arn:aws:sns:us-east-1:123456789012:t' }],
    },
  },
  { Name: 'none', Notification: {} },
  { Name: 'unread', Notification: null },
];

testFilter(bucketNotification, {
  resourceType: s3,
  valid: [
    { kind: 'lambda', key: 'Id', value: 'x' },
    { kind: 'sqs', key: 'QueueArn', value: '*dlq', op: 'glob' },
  ],
  invalid: [
    { options: { key: 'Id', value: 'x' }, messageId: 'schema' },
    { options: { kind: 'email', key: 'Id', value: 'x' }, messageId: 'schema', path: ['kind'] },
  ],
  cases: [
    {
      name: 'a configuration of that kind passes',
      options: { kind: 'lambda', key: 'Id', value: 'old-handler' },
      resources: buckets(),
      matches: ['two'],
    },
    {
      name: 'sns configurations',
      options: { kind: 'sns', key: 'TopicArn', value: 'arn:aws:sns:*', op: 'glob' },
      resources: buckets(),
      matches: ['topic'],
    },
    {
      name: 'sqs: none',
      options: { kind: 'sqs', key: 'Id', value: 'present' },
      resources: buckets(),
      matches: [],
    },
  ],
});

it('bucket-notification keeps the matched ids', async () => {
  const ev = bucketNotification.compile(
    { kind: 'lambda', key: 'Id', value: 'present' },
    { resourceType: s3, policyName: 't', registry: undefined as never },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const rs = buckets();
  await ev.process(rs, { now: 0 });
  expect(rs[0]?.['c7n:MatchedNotificationConfigurationIds']).toEqual(['old-handler', 'indexer']);
  expect(bucketNotification.reads?.({ kind: 'lambda' }, s3)).toEqual(['Notification']);
});
