import { S3ServiceException } from '@aws-sdk/client-s3';
import type { ActionContext, Resource } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { MissingFlightFileError } from '../../flight/session.js';
import appElb from '../../resources/app-elb/resource.js';
import asg from '../../resources/asg/resource.js';
import cfn from '../../resources/cfn/resource.js';
import elb from '../../resources/elb/resource.js';
import iamRole from '../../resources/iam-role/resource.js';
import iamUser from '../../resources/iam-user/resource.js';
import redshift from '../../resources/redshift/resource.js';
import secretsManager from '../../resources/secrets-manager/resource.js';
import { ec2, instances, rds, rdsApi, rdsSnapshot, s3, tagList } from '../test-fixtures.js';
import {
  describeIds,
  partitionOf,
  planRetag,
  planTag,
  planUntag,
  resourceArn,
  TAG_APIS,
  taggingOf,
  tagPermissions,
  untagPermissions,
} from './index.js';

const ctx = { region: 'us-east-1', accountId: '123456789012' };
/** What the S3 client throws for an error answer. */
const awsError = (name: string) =>
  new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: 403 }, message: name });
const dbs = (n: number): Resource[] =>
  Array.from({ length: n }, (_, i) => ({
    DBInstanceIdentifier: `db-${i}`,
    DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:db-${i}`,
  }));

describe('taggingOf', () => {
  it.each([
    [ec2, 'ec2'],
    [rds, 'universal'],
    [rdsSnapshot, 'universal'], // not declared: derived from the service
    [rdsApi, 'rds'],
    [s3, 's3'],
    [asg, 'autoscaling'],
  ] as const)('%s', (rt, api) => {
    expect(taggingOf(rt)).toBe(api);
  });

  it('gives permissions per API', () => {
    expect(tagPermissions(ec2)).toEqual(['ec2:CreateTags']);
    expect(untagPermissions(rds)).toEqual(['tag:UntagResources']);
    expect(tagPermissions(s3)).toEqual(['s3:GetBucketTagging', 's3:PutBucketTagging']);
  });
});

describe('resourceArn', () => {
  it.each([
    [rds, { DBInstanceArn: 'arn:aws:rds:eu-west-1:1:db:x' }, 'us-east-1', 'arn:aws:rds:eu-west-1:1:db:x'],
    [
      rdsSnapshot,
      { DBSnapshotIdentifier: 'snap-1' },
      'us-east-1',
      'arn:aws:rds:us-east-1:123456789012:snapshot:snap-1',
    ],
    [ec2, { InstanceId: 'i-1' }, 'cn-north-1', 'arn:aws-cn:ec2:cn-north-1:123456789012:instance/i-1'],
    [s3, { Name: 'bkt' }, 'us-gov-west-1', 'arn:aws-us-gov:s3:::bkt'],
    [rds, {}, 'us-east-1', undefined],
  ] as const)('%#', (rt, r, region, want) => {
    expect(resourceArn(rt, r, { ...ctx, region })).toBe(want);
  });

  it('knows the partitions', () => {
    expect(
      ['eu-west-1', 'cn-north-1', 'us-gov-east-1', 'us-iso-east-1', 'us-isob-east-1'].map(partitionOf),
    ).toEqual(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b']);
  });
});

describe('describeIds', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b', 'c'], 'a, b, c'],
    [['a', 'b', 'c', 'd', 'e'], 'a, b, c and 2 more'],
  ])('%j', (list, want) => {
    expect(describeIds(list)).toBe(want);
  });
});

describe('planTag / planUntag', () => {
  it('batches EC2 CreateTags at 25 ids, DeleteTags at 100', async () => {
    const tag = await planTag(ec2, instances(60), { Owner: 'unknown' }, ctx);
    expect(tag.map((c) => c.resourceIds.length)).toEqual([25, 25, 10]);
    expect(tag[0]).toMatchObject({
      service: 'ec2',
      operation: 'CreateTags',
      batchField: 'Resources',
      input: { Tags: [{ Key: 'Owner', Value: 'unknown' }] },
      describe: 'tag Owner=unknown on i-000, i-001, i-002 and 22 more',
    });
    expect(tag[2]?.input.Resources).toEqual(tag[2]?.resourceIds);

    const untag = await planUntag(ec2, instances(250), ['a', 'b'], ctx);
    expect(untag.map((c) => c.resourceIds.length)).toEqual([100, 100, 50]);
    expect(untag[0]).toMatchObject({
      operation: 'DeleteTags',
      input: { Tags: [{ Key: 'a' }, { Key: 'b' }] },
      describe: 'remove tags a, b from i-000, i-001, i-002 and 97 more',
    });
    expect(TAG_APIS.ec2.tagBatch).toBe(25);
  });

  it('batches the tagging API at 20 ARNs, aligned with the ids', async () => {
    const calls = await planTag(rds, dbs(45), { Env: 'dev' }, ctx);
    expect(calls.map((c) => c.resourceIds.length)).toEqual([20, 20, 5]);
    expect(calls[2]).toMatchObject({
      service: 'tagging',
      operation: 'TagResources',
      batchField: 'ResourceARNList',
      input: {
        ResourceARNList: [40, 41, 42, 43, 44].map((i) => `arn:aws:rds:us-east-1:123456789012:db:db-${i}`),
        Tags: { Env: 'dev' },
      },
      resourceIds: ['db-40', 'db-41', 'db-42', 'db-43', 'db-44'],
    });
    const untag = await planUntag(rdsSnapshot, [{ DBSnapshotIdentifier: 's1' }], ['Env'], ctx);
    expect(untag).toMatchObject([
      {
        operation: 'UntagResources',
        input: { ResourceARNList: ['arn:aws:rds:us-east-1:123456789012:snapshot:s1'], TagKeys: ['Env'] },
        resourceIds: ['s1'],
      },
    ]);
  });

  it('skips resources without an ARN, with a warning', async () => {
    const logs: string[] = [];
    const calls = await planTag(
      rds,
      [{ DBInstanceIdentifier: 'lost' }, ...dbs(1)],
      { a: 'b' },
      {
        ...ctx,
        log: (_level, message) => logs.push(message),
      },
    );
    expect(calls[0]?.resourceIds).toEqual(['db-0']);
    expect(logs).toEqual(['aws.rds: no ARN for lost; not tagged']);
  });

  it('uses the RDS API one resource at a time', async () => {
    const r = [{ DBClusterIdentifier: 'c1', DBClusterArn: 'arn:c1' }];
    expect(await planTag(rdsApi, r, { a: '1' }, ctx)).toMatchObject([
      {
        service: 'rds',
        operation: 'AddTagsToResource',
        input: { ResourceName: 'arn:c1', Tags: [{ Key: 'a', Value: '1' }] },
        resourceIds: ['c1'],
      },
    ]);
    expect(await planUntag(rdsApi, r, ['a'], ctx)).toMatchObject([
      { operation: 'RemoveTagsFromResource', input: { ResourceName: 'arn:c1', TagKeys: ['a'] } },
    ]);
  });

  it('plans nothing for no tags or no resources', async () => {
    expect(await planTag(ec2, instances(2), {}, ctx)).toEqual([]);
    expect(await planUntag(ec2, [], ['a'], ctx)).toEqual([]);
  });
});

describe('S3 tag sets', () => {
  const bucket = (name: string, tags: Record<string, string>): Resource => ({
    Name: name,
    Tags: tagList(tags),
  });

  it('merges with the fetched tags, keeping aws: tags', async () => {
    const calls = await planTag(
      s3,
      [bucket('b1', { 'aws:cloudformation:stack-name': 'st', Owner: 'old', Env: 'dev' })],
      { Owner: 'new' },
      ctx,
    );
    expect(calls).toMatchObject([
      {
        service: 's3',
        operation: 'PutBucketTagging',
        resourceIds: ['b1'],
        input: {
          Bucket: 'b1',
          Tagging: { TagSet: tagList({ 'aws:cloudformation:stack-name': 'st', Owner: 'new', Env: 'dev' }) },
        },
      },
    ]);
  });

  it('reads the current set again when it can', async () => {
    const reads: unknown[] = [];
    const read: ActionContext['read'] = async (service, operation, input) => {
      reads.push([service, operation, input]);
      if (input.Bucket === 'empty') throw awsError('NoSuchTagSet');
      if (input.Bucket === 'secret') throw awsError('AccessDenied');
      return { TagSet: tagList({ Fresh: 'yes' }) };
    };
    const logs: string[] = [];
    const calls = await planTag(
      s3,
      [bucket('b1', { Stale: 'x' }), bucket('empty', { Stale: 'x' }), bucket('secret', {})],
      { a: '1' },
      {
        ...ctx,
        read,
        log: (_l, m) => logs.push(m),
      },
    );
    expect(reads).toEqual([
      ['s3', 'GetBucketTagging', { Bucket: 'b1' }],
      ['s3', 'GetBucketTagging', { Bucket: 'empty' }],
      ['s3', 'GetBucketTagging', { Bucket: 'secret' }],
    ]);
    expect(calls.map((c) => c.input)).toEqual([
      { Bucket: 'b1', Tagging: { TagSet: tagList({ Fresh: 'yes', a: '1' }) } },
      { Bucket: 'empty', Tagging: { TagSet: tagList({ a: '1' }) } },
    ]);
    // Rewriting a set we could not read would drop its tags.
    expect(logs).toEqual(['s3: cannot read the tags of bucket secret; not changing them']);
  });

  it('fails on a read error AWS did not answer (a missing flight file)', async () => {
    const read: ActionContext['read'] = async () => {
      throw new MissingFlightFileError('flight/s3.GetBucketTagging_1.json');
    };
    await expect(planTag(s3, [bucket('b1', {})], { a: '1' }, { ...ctx, read })).rejects.toThrow(
      /s3\.GetBucketTagging_1\.json/,
    );
  });

  it('leaves buckets whose tags could not be fetched alone', async () => {
    const denied = { Name: 'b', Tags: [], 'c7n:DeniedMethods': ['get_bucket_tagging'] };
    expect(await planTag(s3, [denied], { a: '1' }, ctx)).toEqual([]);
  });

  it('deletes the tag set when nothing is left', async () => {
    const calls = await planUntag(
      s3,
      [bucket('b1', { a: '1' }), bucket('b2', { a: '1', b: '2' })],
      ['a'],
      ctx,
    );
    expect(calls).toMatchObject([
      { operation: 'DeleteBucketTagging', input: { Bucket: 'b1' }, okErrors: ['NoSuchTagSet'] },
      { operation: 'PutBucketTagging', input: { Bucket: 'b2', Tagging: { TagSet: tagList({ b: '2' }) } } },
    ]);
  });

  it('renames in a single rewrite', async () => {
    const calls = await planRetag(s3, [bucket('b1', { old: 'v', x: 'y' })], { new: 'v' }, ['old'], ctx);
    expect(calls).toMatchObject([
      { operation: 'PutBucketTagging', input: { Tagging: { TagSet: tagList({ x: 'y', new: 'v' }) } } },
    ]);
  });
});

describe('Auto Scaling groups (CreateOrUpdateTags/DeleteTags by group name, one call per group)', () => {
  const groups = [{ AutoScalingGroupName: 'web' }, { AutoScalingGroupName: 'api' }];
  const tag = (Key: string, ResourceId: string, more: object = {}) => ({
    Key,
    ...more,
    ResourceType: 'auto-scaling-group',
    ResourceId,
  });

  it('tags each group, PropagateAtLaunch false unless asked', async () => {
    expect(await planTag(asg, groups, { a: '1', b: '2' }, ctx)).toEqual([
      expect.objectContaining({
        service: 'autoscaling',
        operation: 'CreateOrUpdateTags',
        input: {
          Tags: [
            tag('a', 'web', { Value: '1', PropagateAtLaunch: false }),
            tag('b', 'web', { Value: '2', PropagateAtLaunch: false }),
          ],
        },
        resourceIds: ['web'],
      }),
      expect.objectContaining({ resourceIds: ['api'] }),
    ]);
    const [call] = await planTag(asg, groups.slice(0, 1), { a: '1' }, ctx, { propagate: true });
    expect(call?.input).toEqual({ Tags: [tag('a', 'web', { Value: '1', PropagateAtLaunch: true })] });
    expect(tagPermissions(asg)).toEqual(['autoscaling:CreateOrUpdateTags']);
  });

  it('removes tags by key from each group', async () => {
    expect(await planUntag(asg, groups, ['a', 'b'], ctx)).toEqual([
      expect.objectContaining({
        service: 'autoscaling',
        operation: 'DeleteTags',
        input: { Tags: [tag('a', 'web'), tag('b', 'web')] },
        resourceIds: ['web'],
      }),
      expect.objectContaining({ input: { Tags: [tag('a', 'api'), tag('b', 'api')] }, resourceIds: ['api'] }),
    ]);
    expect(untagPermissions(asg)).toEqual(['autoscaling:DeleteTags']);
  });
});

describe('sns topics', () => {
  it('are tagged and untagged with the SNS API, one topic a call, a deleted topic counting as done', async () => {
    const sns = (await import('../../resources/sns/resource.js')).default;
    const topics = [{ TopicArn: 'arn:aws:sns:us-east-1:123456789012:a' }];
    const actx = ctx as unknown as ActionContext;
    expect(taggingOf(sns)).toBe('sns');
    expect(tagPermissions(sns)).toEqual(['sns:TagResource']);
    const [tag] = await planTag(sns, topics, { team: 'x' }, actx);
    expect(tag).toMatchObject({
      service: 'sns',
      operation: 'TagResource',
      input: { ResourceArn: 'arn:aws:sns:us-east-1:123456789012:a', Tags: [{ Key: 'team', Value: 'x' }] },
      resourceIds: ['arn:aws:sns:us-east-1:123456789012:a'],
      okErrors: ['ResourceNotFound', 'NotFound'],
    });
    const [untag] = await planUntag(sns, topics, ['team'], actx);
    expect(untag).toMatchObject({
      operation: 'UntagResource',
      input: { ResourceArn: 'arn:aws:sns:us-east-1:123456789012:a', TagKeys: ['team'] },
    });
  });
});

describe('elasticsearch domains', () => {
  it('are tagged and untagged with AddTags/RemoveTags by ARN, one domain a call, as c7n', async () => {
    const es = (await import('../../resources/elasticsearch/resource.js')).default;
    const arn = 'arn:aws:es:us-east-1:123456789012:domain/logs';
    const domains = [{ DomainName: 'logs', ARN: arn }];
    const actx = ctx as unknown as ActionContext;
    expect(taggingOf(es)).toBe('es');
    expect(tagPermissions(es)).toEqual(['es:AddTags']);
    expect(untagPermissions(es)).toEqual(['es:RemoveTags']);
    const [tag] = await planTag(es, domains, { team: 'x' }, actx);
    expect(tag).toMatchObject({
      service: 'es',
      operation: 'AddTags',
      input: { ARN: arn, TagList: [{ Key: 'team', Value: 'x' }] },
      resourceIds: ['logs'],
      okErrors: ['ValidationException'],
    });
    const [untag] = await planUntag(es, domains, ['team'], actx);
    expect(untag).toMatchObject({ operation: 'RemoveTags', input: { ARN: arn, TagKeys: ['team'] } });
  });
});

describe('iam users and roles', () => {
  it.each([
    ['iam-user', iamUser, 'UserName', 'TagUser', 'UntagUser'],
    ['iam-role', iamRole, 'RoleName', 'TagRole', 'UntagRole'],
  ] as const)(
    '%s: tagged and untagged by name, one a call, a deleted one counting as done',
    async (t, rt, param, tagOp, untagOp) => {
      const items = [{ [param]: 'alice' }, { [param]: 'bob' }];
      const actx = ctx as unknown as ActionContext;
      expect(taggingOf(rt)).toBe(t);
      expect(tagPermissions(rt)).toEqual([`iam:${tagOp}`]);
      expect(untagPermissions(rt)).toEqual([`iam:${untagOp}`]);
      const tags = await planTag(rt, items, { team: 'x' }, actx);
      expect(tags).toHaveLength(2);
      expect(tags[1]).toMatchObject({
        service: 'iam',
        operation: tagOp,
        input: { [param]: 'bob', Tags: [{ Key: 'team', Value: 'x' }] },
        resourceIds: ['bob'],
        okErrors: ['NoSuchEntity', 'NoSuchEntityException'],
      });
      const [untag] = await planUntag(rt, items, ['team'], actx);
      expect(untag).toMatchObject({ operation: untagOp, input: { [param]: 'alice', TagKeys: ['team'] } });
    },
  );
});

describe('Redshift clusters (CreateTags/DeleteTags by ARN, one call per cluster)', () => {
  const clusters = [{ ClusterIdentifier: 'rs-1' }, { ClusterIdentifier: 'rs-2' }];
  const arn = (id: string) => `arn:aws:redshift:us-east-1:123456789012:cluster:${id}`;

  it('tags and untags each cluster by its ARN', async () => {
    expect(taggingOf(redshift)).toBe('redshift');
    expect(await planTag(redshift, clusters, { a: '1' }, ctx)).toEqual([
      expect.objectContaining({
        service: 'redshift',
        operation: 'CreateTags',
        input: { ResourceName: arn('rs-1'), Tags: [{ Key: 'a', Value: '1' }] },
        resourceIds: ['rs-1'],
      }),
      expect.objectContaining({ input: { ResourceName: arn('rs-2'), Tags: [{ Key: 'a', Value: '1' }] } }),
    ]);
    expect(await planUntag(redshift, clusters.slice(0, 1), ['a', 'b'], ctx)).toEqual([
      expect.objectContaining({
        service: 'redshift',
        operation: 'DeleteTags',
        input: { ResourceName: arn('rs-1'), TagKeys: ['a', 'b'] },
        resourceIds: ['rs-1'],
      }),
    ]);
    expect(untagPermissions(redshift)).toEqual(['redshift:DeleteTags']);
  });
});

describe('load balancers (ELB by name, ELBv2 by ARN; AddTags/RemoveTags one per call, as c7n)', () => {
  const alb = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb-1/50dc6c495c0c9188';

  it('classic: AddTags/RemoveTags by LoadBalancerNames', async () => {
    expect(taggingOf(elb)).toBe('elb');
    expect(
      await planTag(elb, [{ LoadBalancerName: 'web' }, { LoadBalancerName: 'api' }], { a: '1' }, ctx),
    ).toEqual([
      expect.objectContaining({
        service: 'elb',
        operation: 'AddTags',
        input: { LoadBalancerNames: ['web'], Tags: [{ Key: 'a', Value: '1' }] },
        resourceIds: ['web'],
      }),
      expect.objectContaining({ input: { LoadBalancerNames: ['api'], Tags: [{ Key: 'a', Value: '1' }] } }),
    ]);
    expect(await planUntag(elb, [{ LoadBalancerName: 'web' }], ['a', 'b'], ctx)).toEqual([
      expect.objectContaining({
        service: 'elb',
        operation: 'RemoveTags',
        input: { LoadBalancerNames: ['web'], Tags: [{ Key: 'a' }, { Key: 'b' }] },
      }),
    ]);
    expect(tagPermissions(elb)).toEqual(['elasticloadbalancing:AddTags']);
  });

  it('ELBv2: AddTags/RemoveTags by ResourceArns', async () => {
    expect(taggingOf(appElb)).toBe('elbv2');
    expect(await planTag(appElb, [{ LoadBalancerArn: alb }], { a: '1' }, ctx)).toEqual([
      expect.objectContaining({
        service: 'elbv2',
        operation: 'AddTags',
        input: { ResourceArns: [alb], Tags: [{ Key: 'a', Value: '1' }] },
        resourceIds: [alb],
      }),
    ]);
    expect(await planUntag(appElb, [{ LoadBalancerArn: alb }], ['a'], ctx)).toEqual([
      expect.objectContaining({
        service: 'elbv2',
        operation: 'RemoveTags',
        input: { ResourceArns: [alb], TagKeys: ['a'] },
      }),
    ]);
    expect(untagPermissions(appElb)).toEqual(['elasticloadbalancing:RemoveTags']);
  });
});

describe('CloudFormation stacks (UpdateStack with the whole new tag set, as c7n)', () => {
  const stack = (StackName: string, StackStatus: string): Resource => ({
    StackName,
    StackStatus,
    StackId: `arn:aws:cloudformation:us-east-1:123456789012:stack/${StackName}/1`,
    Parameters: [{ ParameterKey: 'Env', ParameterValue: 'prod' }],
    Capabilities: ['CAPABILITY_IAM'],
    NotificationARNs: ['arn:aws:sns:us-east-1:123456789012:events'],
    Tags: tagList({ Team: 'web', Old: 'x' }),
  });

  it('keeps the template, parameters, capabilities and topics; skips stacks not updatable', async () => {
    const warnings: string[] = [];
    const log = (_l: string, m: string) => void warnings.push(m);
    const stacks = [stack('app', 'UPDATE_COMPLETE'), stack('busy', 'UPDATE_IN_PROGRESS')];
    const calls = await planTag(cfn, stacks, { App: 'Ftw' }, { ...ctx, log } as ActionContext);
    expect(calls).toMatchObject([
      {
        service: 'cloudformation',
        operation: 'UpdateStack',
        input: {
          StackName: 'app',
          UsePreviousTemplate: true,
          Capabilities: ['CAPABILITY_IAM'],
          Parameters: [{ ParameterKey: 'Env', UsePreviousValue: true }],
          NotificationARNs: ['arn:aws:sns:us-east-1:123456789012:events'],
          Tags: tagList({ Team: 'web', Old: 'x', App: 'Ftw' }),
        },
        resourceIds: ['app'],
      },
    ]);
    expect(warnings).toEqual(['cfn: 1 stack(s) not in an updatable state; not tagged']);
    const untag = await planUntag(cfn, stacks.slice(0, 1), ['Old'], ctx);
    expect(untag).toMatchObject([{ operation: 'UpdateStack', input: { Tags: tagList({ Team: 'web' }) } }]);
  });

  it('renames in a single update', async () => {
    const calls = await planRetag(cfn, [stack('app', 'CREATE_COMPLETE')], { New: 'x' }, ['Old'], ctx);
    expect(calls).toMatchObject([
      { operation: 'UpdateStack', input: { Tags: tagList({ Team: 'web', New: 'x' }) } },
    ]);
  });
});

describe('Secrets Manager secrets (TagResource/UntagResource by ARN, one secret a call, as c7n)', () => {
  const secret: Resource = {
    Name: 'db',
    ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf',
    Tags: tagList({ Team: 'web', 'aws:cloudformation:stack-name': 's' }),
  };

  it('sends the other tags again (but aws: ones) with the new ones; untags by key', async () => {
    expect(taggingOf(secretsManager)).toBe('secretsmanager');
    expect(tagPermissions(secretsManager)).toEqual(['secretsmanager:TagResource']);
    expect(await planTag(secretsManager, [secret], { App: 'Ftw' }, ctx)).toMatchObject([
      {
        service: 'secretsmanager',
        operation: 'TagResource',
        input: { SecretId: secret.ARN, Tags: tagList({ Team: 'web', App: 'Ftw' }) },
        resourceIds: ['db'],
      },
    ]);
    expect(await planUntag(secretsManager, [secret], ['Team'], ctx)).toMatchObject([
      { operation: 'UntagResource', input: { SecretId: secret.ARN, TagKeys: ['Team'] }, resourceIds: ['db'] },
    ]);
  });
});
