import { parseMark } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import {
  ec2,
  expectPlan,
  expectProblem,
  expectValid,
  instances,
  type PlanCase,
  planOf,
  rds,
  s3,
  tagList,
} from '../test-fixtures.js';
import markForOp from './mark-for-op.js';

describe('action mark-for-op', () => {
  it.each([
    { op: 'stop', days: 4 },
    { op: 'stop', hours: 6, tz: 'et' },
    { op: 'remove-tag', days: 1 }, // any action of the type, aliases included
    { op: 'unmark', days: 1 },
    { op: 'anything', custom: true, days: 1 },
  ])('accepts %j on ec2', (o) => expectValid(markForOp, o));

  it.each([
    { options: { days: 4 }, messageId: 'missing-op' },
    { options: { op: 'stop', days: 4 }, rt: rds, messageId: 'unknown-op', path: ['op'] },
    { options: { op: 'explode', days: 4 }, messageId: 'unknown-op', path: ['op'] },
    { options: { op: 'stop', days: 4, tz: 'Mars/Olympus' }, messageId: 'unknown-tz', path: ['tz'] },
    { options: { op: 'stop', days: 4, msg: 'due {when}' }, messageId: 'bad-msg', path: ['msg'] },
    { options: { op: 'stop', days: -1 }, messageId: 'schema' },
    { options: { op: 'stop' }, messageId: 'no-delay', severity: 'warning' as const },
  ])('rejects $options with $messageId', (c) => expectProblem(markForOp, c));

  // NOW is 2024-01-01 23:30 UTC.
  const cases: PlanCase[] = [
    {
      name: 'days: date only, default tag and message',
      rt: ec2,
      options: { op: 'stop', days: 4 },
      resources: instances(2),
      calls: [
        {
          operation: 'CreateTags',
          input: {
            Resources: ['i-000', 'i-001'],
            Tags: tagList({ maid_status: 'Resource does not meet policy: stop@2024/01/05' }),
          },
        },
      ],
    },
    {
      name: 'hours: date and time with the zone',
      rt: ec2,
      options: { op: 'stop', hours: 6 },
      resources: instances(1),
      calls: [
        {
          input: {
            Tags: tagList({ maid_status: 'Resource does not meet policy: stop@2024/01/02 0530 UTC' }),
          },
        },
      ],
    },
    {
      name: 'tz shifts the calendar day',
      rt: ec2,
      options: { op: 'stop', days: 1, tz: 'pt' },
      resources: instances(1),
      calls: [
        { input: { Tags: tagList({ maid_status: 'Resource does not meet policy: stop@2024/01/02' }) } },
      ],
    },
    {
      name: 'custom tag and message on the tagging API',
      rt: rds,
      options: {
        op: 'delete',
        custom: true,
        days: 7,
        tag: 'custodian_cleanup',
        msg: 'Unused: {op}@{action_date}',
      },
      resources: [{ DBInstanceIdentifier: 'db1', DBInstanceArn: 'arn:db1' }],
      calls: [
        { operation: 'TagResources', input: { Tags: { custodian_cleanup: 'Unused: delete@2024/01/08' } } },
      ],
    },
    {
      name: 'S3 keeps the other tags',
      rt: s3,
      options: { op: 'delete', custom: true, days: 4 },
      resources: [{ Name: 'bkt', Tags: tagList({ Owner: 'me' }) }],
      calls: [
        {
          operation: 'PutBucketTagging',
          input: {
            Tagging: {
              TagSet: tagList({
                Owner: 'me',
                maid_status: 'Resource does not meet policy: delete@2024/01/05',
              }),
            },
          },
        },
      ],
    },
  ];
  it.each(cases)('plans: $name', (c) => expectPlan(markForOp, c));

  it('writes what the marked-for-op side parses, and reads c7n-written marks', async () => {
    const [call] = await planOf(markForOp, ec2, { op: 'stop', hours: 2, tz: 'et' }, instances(1));
    const tags = (call?.input.Tags ?? []) as { Value: string }[];
    const value = tags[0]?.Value ?? '';
    expect(value).toBe('Resource does not meet policy: stop@2024/01/01 2030 EST');
    expect(parseMark(value)).toMatchObject({ op: 'stop', date: Date.UTC(2024, 0, 2, 1, 30) });
  });
});
