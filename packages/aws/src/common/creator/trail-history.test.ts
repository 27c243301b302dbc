import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionContext, Resource } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { encodeDatetime } from '../../flight/codec.js';
import ec2Type from '../../resources/ec2/resource.js';
import lambdaType from '../../resources/lambda/resource.js';
import rdsType from '../../resources/rds/resource.js';
import s3Type from '../../resources/s3/resource.js';
import autoTagUser, { UNRESOLVED_FILE } from '../actions/auto-tag-user.js';
import { ec2, instances, NOW, planOf, s3, tagList } from '../test-fixtures.js';
import { assumedRole, awsService, federatedUser, iamUser, runInstances } from './test-records.js';

// Pull mode of auto-tag-user: creators from CloudTrail event history, through the real SDK
// client replaying hand-written LookupEvents answers.

const tagged = (tags: Record<string, string>, ...ids: string[]) => ({
  service: 'ec2',
  operation: 'CreateTags',
  input: { Resources: ids, Tags: tagList(tags) },
});

const datetime = (iso: string) => encodeDatetime(new Date(iso));

/** A LookupEvents answer holding `records` (newest first). */
function lookup(records: ReturnType<typeof runInstances>[], nextToken?: string) {
  return {
    status_code: 200,
    data: {
      Events: records.map((r, i) => ({
        EventId: `e-${i}`,
        EventName: r.eventName,
        ReadOnly: 'false',
        EventTime: datetime(r.eventTime),
        EventSource: r.eventSource,
        Username: r.userIdentity.userName ?? 'session',
        Resources: [],
        CloudTrailEvent: JSON.stringify(r),
      })),
      ...(nextToken && { NextToken: nextToken }),
    },
  };
}

interface History {
  calls: () => { input: Record<string, unknown>; region?: string }[];
  written: Record<string, string>;
  logs: { level: string; message: string; data?: Record<string, unknown> }[];
  context: Partial<ActionContext>;
}

/** A replay directory holding `cloudtrail.LookupEvents_<n>.json` for each answer, in order. */
function history(answers: object[], files: Record<string, object> = {}): History {
  const dir = mkdtempSync(join(tmpdir(), 'auto-tag-user-'));
  answers.forEach((a, i) => {
    writeFileSync(join(dir, `cloudtrail.LookupEvents_${i + 1}.json`), JSON.stringify(a));
  });
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(body));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  const regions: (string | undefined)[] = [];
  const written: Record<string, string> = {};
  const logs: History['logs'] = [];
  return {
    calls: () =>
      clients.session.calls.map((c, i) => ({
        input: c.input as Record<string, unknown>,
        ...(regions[i] && { region: regions[i] }),
      })),
    written,
    logs,
    context: {
      read: (service, operation, input, region) => {
        regions.push(region);
        return clients.send(service, operation, input, region);
      },
      output: {
        location: 'out',
        write: async (p, c) => {
          written[p] = c;
        },
      },
      log: (level, message, data) => logs.push({ level, message, ...(data && { data }) }),
    },
  };
}

const instance = (id: string, launched: string, tags: Record<string, string> = {}): Resource => ({
  InstanceId: id,
  LaunchTime: new Date(launched),
  Tags: tagList(tags),
});
const unresolvedOf = (h: History) => JSON.parse(h.written[UNRESOLVED_FILE] ?? 'null');

describe('pull mode: creators from CloudTrail event history', () => {
  it('tags what one RunInstances created, records the rest, skips what history cannot hold', async () => {
    const h = history([
      lookup([
        { ...runInstances(iamUser, []), eventName: 'StopInstances', responseElements: {} },
        runInstances(iamUser, ['i-1', 'i-2']),
      ]),
      lookup([]),
    ]);
    const calls = await planOf(
      autoTagUser,
      ec2Type,
      { tag: 'Creator', principal_id_tag: 'CreatorId' },
      [
        instance('i-1', '2023-12-15T10:00:05Z'),
        instance('i-2', '2023-12-15T10:00:05Z'),
        instance('i-3', '2023-12-20T08:00:00Z'),
        instance('i-old', '2023-06-01T00:00:00Z'),
        instance('i-done', '2023-12-20T08:00:00Z', { Creator: 'carol' }),
      ],
      h.context,
    );
    expect(calls).toMatchObject([
      tagged({ Creator: 'Alice', CreatorId: 'AIDAJ45Q7YFFAREXAMPLE' }, 'i-1', 'i-2'),
    ]);
    // i-2 came with i-1's record; i-old is older than the history; i-done is tagged.
    expect(h.calls().map((c) => c.input)).toEqual([
      {
        LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: 'i-1' }],
        StartTime: new Date(NOW - 90 * 86_400_000),
        // Nothing after the launch (plus an hour of skew) can be the create call.
        EndTime: new Date('2023-12-15T11:00:05Z'),
        MaxResults: 50,
      },
      expect.objectContaining({
        LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: 'i-3' }],
      }),
    ]);
    expect(unresolvedOf(h)).toEqual([
      {
        id: 'i-3',
        reason: 'no RunInstances call for i-3 in the last 90 days of CloudTrail event history',
      },
      { id: 'i-old', reason: 'created 2023-06-01, before the 90 days CloudTrail event history keeps' },
    ]);
    expect(h.logs).toContainEqual({
      level: 'warn',
      message: 'auto-tag-user: 2 resource(s) not tagged: creator not found',
      data: { unresolved: unresolvedOf(h) },
    });
  });

  it('reads every page and groups resources by creator', async () => {
    const h = history([
      lookup([{ ...runInstances(iamUser, []), eventName: 'CreateTags' }], 'page-2'),
      lookup([runInstances(assumedRole, ['i-1'])]),
      lookup([runInstances(iamUser, ['i-2'])]),
    ]);
    const calls = await planOf(
      autoTagUser,
      ec2Type,
      { tag: 'Creator' },
      [instance('i-1', '2023-12-15T10:00:05Z'), instance('i-2', '2023-12-16T10:00:05Z')],
      h.context,
    );
    expect(h.calls()[1]?.input).toMatchObject({ NextToken: 'page-2' });
    expect(calls).toMatchObject([
      tagged({ Creator: 'jane.doe@example.com' }, 'i-1'),
      tagged({ Creator: 'Alice' }, 'i-2'),
    ]);
    expect(unresolvedOf(h)).toEqual([]);
  });

  it('records creators outside user-type and failed create calls as unresolved', async () => {
    const h = history([
      lookup([runInstances(awsService, ['i-1'])]),
      lookup([runInstances(iamUser, ['i-2'], { errorCode: 'Client.InsufficientInstanceCapacity' })]),
    ]);
    const calls = await planOf(
      autoTagUser,
      ec2Type,
      { tag: 'Creator' },
      [instance('i-1', '2023-12-15T10:00:05Z'), instance('i-2', '2023-12-15T10:00:05Z')],
      h.context,
    );
    expect(calls).toEqual([]);
    expect(unresolvedOf(h)).toEqual([
      {
        id: 'i-1',
        reason:
          'the creator is of identity type AWSService (autoscaling.amazonaws.com), not in user-type [AssumedRole, IAMUser, FederatedUser]',
      },
      { id: 'i-2', reason: expect.stringMatching(/^no RunInstances call for i-2/) },
    ]);
  });

  it('stops looking up after access is denied', async () => {
    const h = history([
      { status_code: 400, data: { Error: { Code: 'AccessDeniedException', Message: 'not authorized' } } },
    ]);
    await planOf(
      autoTagUser,
      ec2Type,
      { tag: 'Creator' },
      [instance('i-1', '2023-12-15T10:00:05Z'), instance('i-2', '2023-12-15T10:00:05Z')],
      h.context,
    );
    expect(h.calls()).toHaveLength(1);
    expect(unresolvedOf(h)).toEqual([
      { id: 'i-1', reason: 'CloudTrail LookupEvents failed: AccessDeniedException' },
      { id: 'i-2', reason: 'CloudTrail LookupEvents failed: AccessDeniedException' },
    ]);
  });

  it('rds: ignores calls that only name the database, tries the ARN, compares ids without case', async () => {
    const rdsCall = (eventName: string, params: Record<string, string>, who = iamUser) => ({
      ...runInstances(who, []),
      eventSource: 'rds.amazonaws.com',
      eventName,
      requestParameters: params,
      responseElements: {},
    });
    const h = history([
      lookup([
        rdsCall(
          'CreateDBInstanceReadReplica',
          { dBInstanceIdentifier: 'Orders-Replica', sourceDBInstanceIdentifier: 'orders' },
          assumedRole,
        ),
        rdsCall('CreateDBInstance', { dBInstanceIdentifier: 'Orders' }),
      ]),
      lookup([]),
      lookup([
        rdsCall('RestoreDBInstanceToPointInTime', { targetDBInstanceIdentifier: 'restored' }, federatedUser),
      ]),
    ]);
    const db = (id: string) => ({
      DBInstanceIdentifier: id,
      DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
    });
    const calls = await planOf(
      autoTagUser,
      rdsType,
      { tag: 'Creator' },
      [db('orders'), db('orders-replica'), db('restored')],
      h.context,
    );
    expect(
      h.calls().map((c) => (c.input.LookupAttributes as { AttributeValue: string }[])[0]?.AttributeValue),
    ).toEqual(['orders', 'restored', 'arn:aws:rds:us-east-1:123456789012:db:restored']);
    expect(calls.map((c) => [c.operation, c.resourceIds, c.input.Tags])).toEqual([
      ['TagResources', ['orders'], { Creator: 'Alice' }],
      ['TagResources', ['orders-replica'], { Creator: 'jane.doe@example.com' }],
      ['TagResources', ['restored'], { Creator: 'Bob' }],
    ]);
  });

  it("s3: looks in the bucket's region and rewrites the bucket's tag set", async () => {
    const created = {
      ...runInstances(iamUser, []),
      eventSource: 's3.amazonaws.com',
      eventName: 'CreateBucket',
      requestParameters: { bucketName: 'logs-eu' },
    };
    const h = history([lookup([created])], {
      's3.GetBucketTagging_1.json': { status_code: 200, data: { TagSet: tagList({ Env: 'prod' }) } },
    });
    const bucket = {
      Name: 'logs-eu',
      CreationDate: new Date('2023-12-01T00:00:00Z'),
      Location: { LocationConstraint: 'eu-west-1' },
      Tags: tagList({ Env: 'prod' }),
    };
    const calls = await planOf(autoTagUser, s3Type, { tag: 'Creator' }, [bucket], h.context);
    expect(h.calls()[0]).toMatchObject({ region: 'eu-west-1' });
    expect(calls).toMatchObject([
      {
        operation: 'PutBucketTagging',
        input: { Bucket: 'logs-eu', Tagging: { TagSet: tagList({ Env: 'prod', Creator: 'Alice' }) } },
      },
    ]);
  });

  it('lambda: finds CreateFunction under its versioned names, by name then ARN', async () => {
    const createFunction = (eventName: string, name: string, who = iamUser) => ({
      ...runInstances(who, []),
      eventSource: 'lambda.amazonaws.com',
      eventName,
      requestParameters: { functionName: name, runtime: 'python3.12' },
      responseElements: {
        functionName: name,
        functionArn: `arn:aws:lambda:us-east-1:123456789012:function:${name}`,
      },
    });
    const h = history([
      // An update names the function too; only the create call is taken.
      lookup([
        { ...createFunction('UpdateFunctionCode20150331v2', 'renderer', federatedUser) },
        createFunction('CreateFunction20150331v2', 'renderer'),
      ]),
      lookup([]),
      lookup([createFunction('CreateFunction20150331', 'mailer', assumedRole)]),
    ]);
    // LastModified as ListFunctions returns it; it moves with every update.
    const fn = (name: string, modified: string) => ({
      FunctionName: name,
      FunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${name}`,
      LastModified: modified,
    });
    const calls = await planOf(
      autoTagUser,
      lambdaType,
      { tag: 'Creator' },
      [
        fn('renderer', '2023-12-20T08:00:00.000+0000'),
        fn('mailer', '2023-12-18T08:00:00.000+0000'),
        fn('legacy', '2023-06-01T00:00:00.000+0000'),
      ],
      h.context,
    );
    expect(h.calls().map((c) => c.input)).toEqual([
      {
        LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: 'renderer' }],
        StartTime: new Date(NOW - 90 * 86_400_000),
        EndTime: new Date('2023-12-20T09:00:00Z'),
        MaxResults: 50,
      },
      expect.objectContaining({
        LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: 'mailer' }],
      }),
      expect.objectContaining({
        LookupAttributes: [
          {
            AttributeKey: 'ResourceName',
            AttributeValue: 'arn:aws:lambda:us-east-1:123456789012:function:mailer',
          },
        ],
      }),
    ]);
    expect(calls.map((c) => [c.operation, c.resourceIds, c.input.Tags])).toEqual([
      ['TagResources', ['renderer'], { Creator: 'Alice' }],
      ['TagResources', ['mailer'], { Creator: 'jane.doe@example.com' }],
    ]);
    expect(unresolvedOf(h)).toEqual([
      {
        id: 'legacy',
        reason: 'last modified 2023-06-01, so created before the 90 days CloudTrail event history keeps',
      },
    ]);
  });

  it('records everything as unresolved without CloudTrail access', async () => {
    const h = history([]);
    expect(
      await planOf(autoTagUser, ec2, { tag: 'C' }, instances(1), { ...h.context, read: undefined }),
    ).toEqual([]);
    expect(unresolvedOf(h)).toEqual([{ id: 'i-000', reason: 'no CloudTrail access in this run' }]);
  });

  it('records every resource of a type whose create calls are not known', async () => {
    const h = history([]);
    const other = { ...ec2, type: 'aws.other' };
    expect(await planOf(autoTagUser, other, { tag: 'C' }, instances(1), h.context)).toEqual([]);
    expect(unresolvedOf(h)).toEqual([
      { id: 'i-000', reason: 'the calls that create aws.other resources are not known' },
    ]);
  });

  it('declares the tag permissions and LookupEvents', () => {
    const perms = autoTagUser.permissions as (o: object, rt: typeof ec2) => readonly string[];
    expect(perms({}, ec2)).toEqual(['ec2:CreateTags', 'cloudtrail:LookupEvents']);
    expect(perms({}, s3)).toEqual(['s3:GetBucketTagging', 's3:PutBucketTagging', 'cloudtrail:LookupEvents']);
  });
});
