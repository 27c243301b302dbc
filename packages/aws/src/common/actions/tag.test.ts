import { describe, expect, it } from 'vitest';
import {
  ec2,
  expectPlan,
  expectProblem,
  expectValid,
  instances,
  type PlanCase,
  rds,
  registry,
  s3,
  tagList,
} from '../test-fixtures.js';
import tag from './tag.js';

describe('action tag', () => {
  it('is reachable by its c7n names on every taggable type', () => {
    for (const rt of ['aws.ec2', 'aws.rds', 'aws.s3']) {
      expect(registry.action(rt, 'tag')).toBe(tag);
      expect(registry.action(rt, 'mark')).toBe(tag);
    }
  });

  it('declares permissions per tagging API', () => {
    const perms = tag.permissions as (o: object, rt: typeof ec2) => readonly string[];
    expect(perms({}, ec2)).toEqual(['ec2:CreateTags']);
    expect(perms({}, rds)).toEqual(['tag:TagResources']);
  });

  it.each([
    { key: 'Owner', value: 'x' },
    { tag: 'Owner', value: 'x' },
    { tags: { a: 'b', n: 1, t: true } },
    { value: 'x' },
    { key: 'Owner', value: 'x', tags: { a: 'b' } },
  ])('accepts %j', (options) => expectValid(tag, options));

  it.each([
    { options: {}, messageId: 'nothing-to-set' },
    { options: { key: 'Owner' }, messageId: 'nothing-to-set' },
    { options: { key: 'Owner', value: '' }, messageId: 'nothing-to-set' },
    { options: { key: 'a', tag: 'b', value: 'x' }, messageId: 'key-and-tag', path: ['tag'] },
    {
      options: { tag: 'a', tags: { b: 'c' } },
      messageId: 'key-without-value',
      path: ['tag'],
      severity: 'warning' as const,
    },
    { options: { tags: { a: ['list'] } }, messageId: 'schema' },
    { options: { msg: 'legacy' }, messageId: 'schema' },
  ])('rejects $options with $messageId', (c) => expectProblem(tag, c));

  const cases: PlanCase[] = [
    {
      name: 'key and value on EC2',
      rt: ec2,
      options: { key: 'Owner', value: 'unknown' },
      resources: instances(2),
      calls: [
        {
          service: 'ec2',
          operation: 'CreateTags',
          input: { Resources: ['i-000', 'i-001'], Tags: tagList({ Owner: 'unknown' }) },
          describe: 'tag Owner=unknown on i-000, i-001',
        },
      ],
    },
    {
      name: 'tags map plus key (key wins), scalars rendered as Python does',
      rt: ec2,
      options: { tags: { Owner: 'map', Cost: 12, Keep: true }, tag: 'Owner', value: 'key' },
      resources: instances(1),
      calls: [{ input: { Tags: tagList({ Owner: 'key', Cost: '12', Keep: 'True' }) } }],
    },
    {
      name: 'value alone goes to maid_status, as in c7n',
      rt: ec2,
      options: { value: 'flagged' },
      resources: instances(1),
      calls: [{ input: { Tags: tagList({ maid_status: 'flagged' }) } }],
    },
    {
      name: 'placeholders left by the loader are filled',
      rt: rds,
      options: { tags: { Where: '{account_id}/{region}', When: '{now:+1d%Y-%m-%d}', Lit: '{{x}}' } },
      resources: [{ DBInstanceIdentifier: 'db1', DBInstanceArn: 'arn:db1' }],
      calls: [
        {
          service: 'tagging',
          operation: 'TagResources',
          input: {
            ResourceARNList: ['arn:db1'],
            Tags: { Where: '123456789012/us-east-1', When: '2024-01-02', Lit: '{x}' },
          },
        },
      ],
    },
    {
      name: 'batching at the EC2 limit',
      rt: ec2,
      options: { key: 'a', value: 'b' },
      resources: instances(26),
      calls: [{ resourceIds: instances(25).map((r) => r.InstanceId as string) }, { resourceIds: ['i-025'] }],
    },
    {
      name: 'S3 keeps the bucket tags it does not set',
      rt: s3,
      options: { key: 'Owner', value: 'me' },
      resources: [{ Name: 'bkt', Tags: tagList({ Env: 'prod' }) }],
      calls: [
        {
          operation: 'PutBucketTagging',
          input: { Bucket: 'bkt', Tagging: { TagSet: tagList({ Env: 'prod', Owner: 'me' }) } },
        },
      ],
    },
  ];
  it.each(cases)('plans: $name', (c) => expectPlan(tag, c));
});
