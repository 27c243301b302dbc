import { describe, it } from 'vitest';
import {
  ec2,
  expectPlan,
  expectProblem,
  expectValid,
  type PlanCase,
  rds,
  s3,
  tagList,
} from '../test-fixtures.js';
import renameTag from './rename-tag.js';

const inst = (id: string, tags: Record<string, string>) => ({ InstanceId: id, Tags: tagList(tags) });
const full = (id: string, tags: Record<string, string>) => {
  const filler = Object.fromEntries(
    Array.from({ length: 50 - Object.keys(tags).length }, (_, i) => [`f${i}`, 'x']),
  );
  return inst(id, { ...tags, ...filler });
};

describe('action rename-tag', () => {
  it.each([
    { old_key: 'a', new_key: 'b' },
    { old_keys: ['a', 'c'], new_key: 'b' },
  ])('accepts %j', (o) => expectValid(renameTag, o));

  it.each([
    { options: { new_key: 'b' }, messageId: 'no-old-key' },
    { options: { old_key: 'a' }, messageId: 'schema' },
    { options: { old_keys: ['a', 'b'], new_key: 'b' }, messageId: 'same-key', path: ['new_key'] },
  ])('rejects $options with $messageId', (c) => expectProblem(renameTag, c));

  const cases: PlanCase[] = [
    {
      name: 'only resources having the old key, grouped by value, tag before untag',
      rt: ec2,
      options: { old_key: 'owner', new_key: 'Owner' },
      resources: [
        inst('i-1', { owner: 'ann' }),
        inst('i-2', { Other: 'x' }),
        inst('i-3', { owner: 'ann' }),
        inst('i-4', { owner: 'bob' }),
      ],
      calls: [
        { operation: 'CreateTags', input: { Resources: ['i-1', 'i-3'], Tags: tagList({ Owner: 'ann' }) } },
        { operation: 'DeleteTags', input: { Resources: ['i-1', 'i-3'], Tags: [{ Key: 'owner' }] } },
        { operation: 'CreateTags', input: { Resources: ['i-4'], Tags: tagList({ Owner: 'bob' }) } },
        { operation: 'DeleteTags', input: { Resources: ['i-4'] } },
      ],
    },
    {
      name: 'a resource at the 50-tag limit loses the old key first',
      rt: ec2,
      options: { old_key: 'owner', new_key: 'Owner' },
      resources: [full('i-9', { owner: 'ann' })],
      calls: [{ operation: 'DeleteTags' }, { operation: 'CreateTags' }],
    },
    {
      name: 'old_keys: first listed wins, all present are removed',
      rt: rds,
      options: { old_keys: ['Application', 'Bap'], new_key: 'App' },
      resources: [
        {
          DBInstanceIdentifier: 'db1',
          DBInstanceArn: 'arn:db1',
          Tags: tagList({ Bap: 'b', Application: 'a' }),
        },
      ],
      calls: [
        { operation: 'TagResources', input: { Tags: { App: 'a' } } },
        { operation: 'UntagResources', input: { TagKeys: ['Application', 'Bap'] } },
      ],
    },
    {
      name: 'S3 in one rewrite',
      rt: s3,
      options: { old_key: 'owner', new_key: 'Owner' },
      resources: [
        { Name: 'bkt', Tags: tagList({ owner: 'ann', Env: 'prod' }) },
        { Name: 'other', Tags: [] },
      ],
      calls: [
        {
          operation: 'PutBucketTagging',
          input: { Bucket: 'bkt', Tagging: { TagSet: tagList({ Env: 'prod', Owner: 'ann' }) } },
        },
      ],
    },
    {
      name: 'nothing to rename',
      rt: ec2,
      options: { old_key: 'x', new_key: 'y' },
      resources: [inst('i-1', {})],
      calls: [],
    },
  ];
  it.each(cases)('plans: $name', (c) => expectPlan(renameTag, c));
});
