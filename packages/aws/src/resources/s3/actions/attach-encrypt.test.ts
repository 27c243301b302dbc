import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import s3 from '../resource.js';
import { replayReader } from './_replay.js';
import attachEncrypt from './attach-encrypt.js';

// GetFunction answers: not found, then an existing function (then again from the first).
// GetBucketNotificationConfiguration answers: a stale entry for the function, then a current one.
const replay = replayReader('action-attach-encrypt');
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:c7n-s3-encrypt';
const role = 'arn:aws:iam::123456789012:role/c7n-s3-encrypt';
const east = { LocationConstraint: null };

testAction(attachEncrypt, {
  resourceType: s3,
  context: { read: replay.read, accountId: '123456789012', region: 'us-east-1' },
  valid: [{}, { role, tags: { owner: 'secops' } }, { role, topic: 'default' }],
  invalid: [
    { options: { roles: role }, messageId: 'schema' },
    { options: { tags: { n: 1 } }, messageId: 'schema', path: ['tags', 'n'] },
  ],
  cases: [
    {
      name: 'creates the function, then lets S3 invoke it and replaces its stale entry in the notification configuration',
      options: { role, tags: { owner: 'secops' } },
      resources: [{ Name: 'uploads', Location: east }],
      calls: [
        {
          service: 'lambda',
          operation: 'CreateFunction',
          input: {
            FunctionName: 'c7n-s3-encrypt',
            Handler: 'index.handler',
            Runtime: 'nodejs20.x',
            MemorySize: 256,
            Timeout: 30,
            Role: role,
            Publish: true,
            Tags: { owner: 'secops' },
          },
          resourceIds: ['uploads'],
          region: 'us-east-1',
        },
        {
          operation: 'AddPermission',
          input: {
            FunctionName: 'c7n-s3-encrypt',
            StatementId: 'uploads',
            Principal: 's3.amazonaws.com',
            SourceAccount: '123456789012',
            SourceArn: 'arn:aws:s3:::*',
          },
          okErrors: ['ResourceConflictException'],
          waitFor: expect.objectContaining({ operation: 'GetFunctionConfiguration' }),
        },
        {
          operation: 'PutBucketNotificationConfiguration',
          input: {
            Bucket: 'uploads',
            NotificationConfiguration: {
              TopicConfigurations: [
                {
                  Id: 'audit',
                  TopicArn: 'arn:aws:sns:us-east-1:123456789012:audit',
                  Events: ['s3:ObjectRemoved:*'],
                },
              ],
              LambdaFunctionConfigurations: [
                { Id: 'c7n-s3-encrypt', LambdaFunctionArn: FN, Events: ['s3:ObjectCreated:*'] },
              ],
            },
          },
        },
      ],
    },
    {
      name: 'updates the code, tags and role of an existing function; a bucket already notifying it is left alone',
      options: { role, tags: { owner: 'secops' } },
      resources: [{ Name: 'done', Location: east }],
      calls: [
        { operation: 'UpdateFunctionCode', input: { FunctionName: 'c7n-s3-encrypt', Publish: true } },
        { operation: 'UntagResource', input: { Resource: FN, TagKeys: ['stale'] } },
        {
          operation: 'UpdateFunctionConfiguration',
          input: { FunctionName: 'c7n-s3-encrypt', Role: role },
          describe: 'update function c7n-s3-encrypt in us-east-1 (Role)',
        },
      ],
    },
    {
      name: 'topic default: creates a topic named after the bucket when none notifies object creation, and subscribes',
      options: { role, topic: 'default' },
      resources: [
        {
          Name: 'photos',
          Location: { LocationConstraint: 'eu-west-1' },
          Notification: {
            QueueConfigurations: [
              { QueueArn: 'arn:aws:sqs:eu-west-1:123456789012:q', Events: ['s3:ObjectCreated:*'] },
            ],
          },
        },
      ],
      calls: [
        { operation: 'CreateFunction', region: 'eu-west-1' },
        { service: 'sns', operation: 'CreateTopic', input: { Name: 'photos' }, region: 'eu-west-1' },
        {
          operation: 'SetTopicAttributes',
          input: { TopicArn: 'arn:aws:sns:eu-west-1:123456789012:photos', AttributeName: 'Policy' },
        },
        {
          operation: 'PutBucketNotificationConfiguration',
          input: {
            Bucket: 'photos',
            NotificationConfiguration: {
              QueueConfigurations: [
                { QueueArn: 'arn:aws:sqs:eu-west-1:123456789012:q', Events: ['s3:ObjectCreated:*'] },
              ],
              TopicConfigurations: [
                { TopicArn: 'arn:aws:sns:eu-west-1:123456789012:photos', Events: ['s3:ObjectCreated:*'] },
              ],
            },
          },
        },
        {
          operation: 'AddPermission',
          input: {
            StatementId: 'sns-topic-photos',
            Principal: 'sns.amazonaws.com',
            SourceArn: 'arn:aws:sns:eu-west-1:123456789012:photos',
          },
        },
        {
          service: 'sns',
          operation: 'Subscribe',
          input: {
            TopicArn: 'arn:aws:sns:eu-west-1:123456789012:photos',
            Protocol: 'lambda',
            Endpoint: 'arn:aws:lambda:eu-west-1:123456789012:function:c7n-s3-encrypt',
          },
        },
      ],
    },
    {
      name: 'a named topic is subscribed as is; a role given by name matches the function role; unlisted tags go',
      options: { role: 'old-role', topic: 'arn:aws:sns:us-east-1:123456789012:uploads' },
      resources: [{ Name: 'uploads', Location: east }],
      calls: [
        { operation: 'UpdateFunctionCode' },
        { operation: 'UntagResource', input: { TagKeys: ['owner', 'stale'] } },
        {
          operation: 'AddPermission',
          input: { StatementId: 'sns-topic-uploads' },
          waitFor: expect.objectContaining({ service: 'lambda' }),
        },
        {
          operation: 'Subscribe',
          input: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:uploads', Endpoint: FN },
        },
      ],
    },
  ],
});

describe('attach-encrypt without a role', () => {
  const ctx = {
    now: 0,
    read: replay.read,
    resourceType: s3,
    policyName: 'p',
    policy: {},
  };
  it('refuses to act', async () => {
    await expect(attachEncrypt.plan([{ Name: 'b' }], {}, { ...ctx, dryrun: false })).rejects.toThrow(
      /`role` must be given/,
    );
  });
  it('plans in a dry run, without the archive bytes', async () => {
    const calls = await attachEncrypt.plan([{ Name: 'b', Location: east }], {}, { ...ctx, dryrun: true });
    const create = calls.find((c) => c.operation === 'CreateFunction');
    expect((create?.input.Code as { ZipFile: unknown } | undefined)?.ZipFile).toMatch(/^<\d+-byte archive>$/);
  });
});
