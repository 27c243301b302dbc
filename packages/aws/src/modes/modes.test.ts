import { defineResource } from '@c7n-ts/core';
import { testMode } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import cloudtrail from './cloudtrail.js';
import periodic from './periodic.js';
import { scheduleProblem } from './schedule.js';

const resourceType = defineResource({
  type: 'test.thing',
  provider: 'test',
  id: 'Id',
  taggable: true,
  fields: ['Id'],
  permissions: [],
  doc: { summary: 'A test resource type.', example: '' },
  source: {},
});

testMode(periodic, {
  resourceType,
  valid: [
    { schedule: 'rate(1 hour)' },
    { schedule: 'rate(15 minutes)', role: 'arn:aws:iam::{account_id}:role/custodian' },
    { schedule: 'cron(0 12 * * ? *)', role: 'CloudCustodian-QuickStart', memory: 512 },
  ],
  invalid: [
    { options: { schedule: 'rate(1 hours)' }, messageId: 'invalid-schedule', path: ['schedule'] },
    { options: { schedule: 'cron(0 12 * * *)' }, messageId: 'invalid-schedule', path: ['schedule'] },
    { options: { schedule: 'every day' }, messageId: 'invalid-schedule' },
    {
      options: { schedule: 'rate(1 day)', role: 'arn:aws:iam::12:role/x' },
      messageId: 'invalid-role',
      path: ['role'],
    },
    { options: { schedule: 'rate(1 day)', role: 'not a role' }, messageId: 'invalid-role' },
    { options: { role: 'x' }, messageId: 'schema' },
    { options: { schedule: 'rate(1 day)', memroy: 512 }, messageId: 'schema' },
  ],
});

testMode(cloudtrail, {
  resourceType,
  valid: [
    { events: ['RunInstances', 'CreateBucket'] },
    {
      events: [{ source: 'ec2.amazonaws.com', event: 'CreateVolume', ids: 'responseElements.volumeId' }],
      delay: 5,
    },
  ],
  invalid: [
    { options: { events: ['RunInstance'] }, messageId: 'unknown-event', path: ['events', 0] },
    { options: { events: [{ source: 'ec2.amazonaws.com', event: 'CreateVolume' }] }, messageId: 'schema' },
    { options: { events: [] }, messageId: 'schema' },
  ],
});

describe('scheduleProblem', () => {
  it.each([
    ['rate(1 minute)', undefined],
    ['rate(5 minutes)', undefined],
    ['rate(2 day)', 'write "rate(2 days)" (plural above 1)'],
    ['rate(0 minutes)', 'a rate must be at least 1'],
    ['cron(0/15 * * * ? *)', undefined],
    ['cron(0 8 ? * MON-FRI *)', undefined],
    ['cron(0 8 1 * MON *)', 'cron: one of day-of-month and day-of-week must be "?"'],
  ])('%s', (expr, why) => {
    expect(scheduleProblem(expr)).toBe(why);
  });

  it('suggests the nearest shortcut for a misspelt event', () => {
    const [problem] = cloudtrail.check!({ events: ['RunInstance'] }, {} as never);
    expect(problem?.message).toBe(
      'unknown CloudTrail event shortcut "RunInstance"; did you mean "RunInstances"?',
    );
  });
});
