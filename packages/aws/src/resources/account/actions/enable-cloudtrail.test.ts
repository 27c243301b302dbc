import type { ActionContext } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { replayRead } from './_read.js';
import enableCloudtrail, { cloudtrailBucketPolicy } from './enable-cloudtrail.js';

const acct = { account_id: '123456789012', account_name: 'prod' };
const bucketArn = 'arn:aws:s3:::acme-cloudtrail';

testAction(enableCloudtrail, {
  resourceType: account,
  context: { read: replayRead('trail-new').read },
  valid: [
    { bucket: 'acme-cloudtrail' },
    { bucket: 'b', trail: 't', 'multi-region': false, kms: true, 'kms-key': 'k' },
  ],
  invalid: [
    { options: {}, messageId: 'schema', path: [] },
    { options: { bucket: 'b', 'file-digest': 'yes' }, messageId: 'schema', path: ['file-digest'] },
  ],
  cases: [
    {
      name: 'a new bucket and trail: create, policy, create trail, start it by its ARN, configure it',
      options: { bucket: 'acme-cloudtrail' },
      resources: [acct],
      calls: [
        {
          service: 's3',
          operation: 'CreateBucket',
          input: { Bucket: 'acme-cloudtrail' },
          region: 'us-east-1',
          okErrors: ['BucketAlreadyOwnedByYou'],
        },
        { service: 's3', operation: 'PutBucketPolicy', region: 'us-east-1' },
        {
          service: 'cloudtrail',
          operation: 'CreateTrail',
          input: { Name: 'default-trail', S3BucketName: 'acme-cloudtrail' },
          ref: 'trail',
        },
        { operation: 'StartLogging', input: { Name: 'default-trail' } },
        {
          operation: 'UpdateTrail',
          // CreateTrail's defaults against the options' defaults; the topic and key always differ, as in c7n.
          input: { Name: 'default-trail', IsMultiRegionTrail: true, SnsTopicName: '', KmsKeyId: '' },
        },
      ],
    },
  ],
});

it('binds the new trail: StartLogging by its ARN, UpdateTrail from its CreateTrail answer', async () => {
  const r = replayRead('trail-new');
  const calls = await enableCloudtrail.plan(
    [acct],
    { bucket: 'b', 'file-digest': true } as never,
    {
      read: r.read,
    } as unknown as ActionContext,
  );
  const created = {
    Name: 'default-trail',
    TrailARN: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/default-trail',
    IsMultiRegionTrail: true,
  };
  const outputs = new Map<string, unknown>([['trail', created]]);
  expect(calls[3]?.bind?.(outputs)).toEqual({ Name: created.TrailARN });
  expect(calls[4]?.bind?.(outputs)).toEqual({
    IncludeGlobalServiceEvents: true,
    SnsTopicName: '',
    EnableLogFileValidation: true,
    KmsKeyId: '',
  });
});

it('an existing trail that is off: started by ARN, then only what differs (a key without kms is removed)', async () => {
  const r = replayRead('trail-existing');
  const calls = await enableCloudtrail.plan(
    [acct],
    {
      bucket: 'acme-cloudtrail',
      'bucket-region': 'us-west-2',
      trail: 'org-trail',
      notify: 'trail-news',
      'global-events': false,
    } as never,
    { read: r.read } as unknown as ActionContext,
  );
  expect(r.asked).toEqual([
    'GetBucketPolicy us-west-2',
    'DescribeTrails policy region',
    'GetTrailStatus policy region',
  ]);
  expect(r.calls()[2]?.input).toEqual({ Name: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/org-trail' });
  expect(calls.map((c) => c.operation)).toEqual([
    'CreateBucket',
    'PutBucketPolicy',
    'StartLogging',
    'UpdateTrail',
  ]);
  expect(calls[0]).toMatchObject({
    region: 'us-west-2',
    input: { Bucket: 'acme-cloudtrail', CreateBucketConfiguration: { LocationConstraint: 'us-west-2' } },
  });
  const policy = JSON.parse(String(calls[1]?.input.Policy));
  // The existing GetBucketAcl statement stays; only CloudTrail's PutObject statement is added.
  expect(policy.Statement.map((s: { Sid: string }) => s.Sid)).toEqual([
    'Acl',
    'DenyHttp',
    'AWSCloudTrailWrite20150319',
  ]);
  expect(calls[2]?.input).toEqual({ Name: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/org-trail' });
  expect(calls[3]?.input).toEqual({
    Name: 'org-trail',
    IncludeGlobalServiceEvents: false,
    SnsTopicName: 'trail-news',
    KmsKeyId: '',
  });
});

it.each([
  [null, ['AWSCloudTrailAclCheck20150319', 'AWSCloudTrailWrite20150319']],
  [JSON.stringify({ Statement: [{ Action: 's3:PutObject' }] }), [undefined, 'AWSCloudTrailAclCheck20150319']],
] as const)('bucket policy from %s', (current, sids) => {
  const policy = JSON.parse(cloudtrailBucketPolicy(current, 'acme-cloudtrail', 'us-east-1'));
  expect(policy.Statement.map((s: { Sid?: string }) => s.Sid)).toEqual(sids);
  for (const s of policy.Statement.slice(current ? 1 : 0)) expect(s.Resource).toBe(bucketArn);
});
