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
import removeTag from './remove-tag.js';

describe('action remove-tag', () => {
  it('answers to unmark and untag', () => {
    for (const name of ['remove-tag', 'unmark', 'untag'])
      expect(registry.action('aws.s3', name)).toBe(removeTag);
  });

  it('declares permissions per tagging API', () => {
    const perms = removeTag.permissions as (o: object, rt: typeof ec2) => readonly string[];
    expect(perms({}, ec2)).toEqual(['ec2:DeleteTags']);
    expect(perms({}, s3)).toContain('s3:DeleteBucketTagging');
  });

  it.each([{}, { tags: ['a', 'b'] }])('accepts %j', (o) => expectValid(removeTag, o));
  it.each([
    // An empty list would make EC2 delete every tag.
    { options: { tags: [] }, messageId: 'schema' },
    { options: { tags: 'a' }, messageId: 'schema' },
    { options: { key: 'a' }, messageId: 'schema' },
  ])('rejects $options', (c) => expectProblem(removeTag, c));

  const cases: PlanCase[] = [
    {
      name: 'default removes the mark',
      rt: ec2,
      options: {},
      resources: instances(2),
      calls: [
        { operation: 'DeleteTags', input: { Resources: ['i-000', 'i-001'], Tags: [{ Key: 'maid_status' }] } },
      ],
    },
    {
      name: 'batching at 100',
      rt: ec2,
      options: { tags: ['x'] },
      resources: instances(101),
      calls: [{ batchField: 'Resources' }, { resourceIds: ['i-100'], describe: 'remove tag x from i-100' }],
    },
    {
      name: 'universal',
      rt: rds,
      options: { tags: ['a', 'b'] },
      resources: [{ DBInstanceIdentifier: 'db1', DBInstanceArn: 'arn:db1' }],
      calls: [
        {
          service: 'tagging',
          operation: 'UntagResources',
          input: { ResourceARNList: ['arn:db1'], TagKeys: ['a', 'b'] },
        },
      ],
    },
    {
      name: 'S3 rewrites the rest of the set',
      rt: s3,
      options: { tags: ['a'] },
      resources: [{ Name: 'bkt', Tags: tagList({ a: '1', b: '2' }) }],
      calls: [{ operation: 'PutBucketTagging', input: { Tagging: { TagSet: tagList({ b: '2' }) } } }],
    },
  ];
  it.each(cases)('plans: $name', (c) => expectPlan(removeTag, c));
});
