import type { ActionContext } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { replayRead } from './_read.js';
import enableDataEvents from './enable-data-events.js';

const acct = { account_id: '123456789012', account_name: 'prod' };
const allBuckets = {
  IncludeManagementEvents: false,
  ReadWriteType: 'All',
  DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::'] }],
};

testAction(enableDataEvents, {
  resourceType: account,
  context: { read: replayRead('data-trail-mgmt').read },
  valid: [
    { 'data-trail': { name: 's3-events' } },
    { 'data-trail': { name: 'x', create: true, 's3-bucket': 'b' } },
  ],
  invalid: [
    { options: {}, messageId: 'schema', path: [] },
    { options: { 'data-trail': {} }, messageId: 'schema', path: ['data-trail'] },
    {
      options: { 'data-trail': { name: 'x', type: 'Some' } },
      messageId: 'schema',
      path: ['data-trail', 'type'],
    },
    {
      options: { 'data-trail': { name: 'x', create: true } },
      messageId: 'create-bucket',
      path: ['data-trail'],
    },
  ],
  cases: [
    {
      name: 'drops the management-event selector, keeps the other, adds every bucket',
      options: { 'data-trail': { name: 's3-events', type: 'WriteOnly' } },
      resources: [acct],
      calls: [
        {
          service: 'cloudtrail',
          operation: 'PutEventSelectors',
          input: {
            TrailName: 's3-events',
            EventSelectors: [
              {
                ReadWriteType: 'WriteOnly',
                IncludeManagementEvents: false,
                DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::acme-logs/'] }],
                ExcludeManagementEventSources: [],
              },
              { ...allBuckets, ReadWriteType: 'WriteOnly' },
            ],
          },
          resourceIds: ['123456789012'],
        },
      ],
    },
  ],
});

const plan = (fixture: string, options: Record<string, unknown>) => {
  const r = replayRead(fixture);
  const ctx = { read: r.read } as unknown as ActionContext;
  return { calls: r.calls, planned: enableDataEvents.plan([acct], options as never, ctx) };
};

it('reads the named trail and its selectors; nothing to do when every bucket is logged', async () => {
  const { calls, planned } = plan('data-trail-all', { 'data-trail': { name: 's3-events' } });
  expect(await planned).toEqual([]);
  expect(calls().map((c) => [c.operation, c.input])).toEqual([
    ['DescribeTrails', { trailNameList: ['s3-events'] }],
    ['GetEventSelectors', { TrailName: 's3-events' }],
  ]);
});

it('creates a missing trail, logs every bucket on it and starts it, in the multi-region region', async () => {
  const options = {
    'data-trail': {
      name: 's3-events',
      create: true,
      's3-bucket': 'acme-trails',
      's3-prefix': 'data',
      'key-id': 'alias/trail',
      topic: 'trail-news',
      'multi-region': 'us-east-1',
    },
  };
  const { planned } = plan('data-trail-none', options);
  expect(await planned).toMatchObject([
    {
      operation: 'CreateTrail',
      region: 'us-east-1',
      input: {
        Name: 's3-events',
        S3BucketName: 'acme-trails',
        EnableLogFileValidation: true,
        KmsKeyId: 'alias/trail',
        S3KeyPrefix: 'data',
        SnsTopicName: 'trail-news',
        IsMultiRegionTrail: true,
      },
    },
    { operation: 'PutEventSelectors', input: { TrailName: 's3-events', EventSelectors: [allBuckets] } },
    { operation: 'StartLogging', input: { Name: 's3-events' } },
  ]);
});

it('a missing trail without create is an error, as in Cloud Custodian', async () => {
  await expect(plan('data-trail-none', { 'data-trail': { name: 's3-events' } }).planned).rejects.toThrow(
    /does not exist/,
  );
});
