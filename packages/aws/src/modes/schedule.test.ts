import { testMode } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';
import schedule from './schedule.js';
import { schedulerExpressionProblem } from './schedule-expression.js';

const registry = awsRegistry();
const every = { schedule: 'rate(1 day)' };

testMode(schedule, {
  resourceType: registry.resource('aws.ebs')!,
  valid: [
    every,
    { schedule: 'cron(0 8 ? * MON-FRI *)', timezone: 'Europe/Paris', 'group-name': 'custodian' },
    { schedule: 'at(2027-01-01T09:00:00)', 'scheduler-role': 'arn:aws:iam::{account_id}:role/sched' },
    { ...every, 'start-date': '2027-01-01T00:00:00Z', 'end-date': '2027-12-31T00:00:00Z' },
    { ...every, timezone: 'Etc/UTC', role: 'custodian', 'scheduler-role': 'custodian-scheduler' },
  ],
  invalid: [
    { options: { timezone: 'UTC' }, messageId: 'schema' },
    { options: { schedule: 'rate(1 days)' }, messageId: 'invalid-schedule', path: ['schedule'] },
    { options: { schedule: 'at(2027-02-30T09:00:00)' }, messageId: 'invalid-schedule', path: ['schedule'] },
    { options: { ...every, timezone: 'Mars/Olympus' }, messageId: 'invalid-timezone', path: ['timezone'] },
    { options: { ...every, 'start-date': 'tomorrow' }, messageId: 'invalid-date', path: ['start-date'] },
    {
      options: { ...every, 'start-date': '2027-06-01T00:00:00Z', 'end-date': '2027-01-01T00:00:00Z' },
      messageId: 'invalid-date',
      path: ['end-date'],
    },
    {
      options: { ...every, 'group-name': 'my group' },
      messageId: 'invalid-group-name',
      path: ['group-name'],
    },
    {
      options: { ...every, pattern: { source: ['aws.ec2'] } },
      messageId: 'ignored-option',
      path: ['pattern'],
    },
    { options: { ...every, 'scheduler-role': 7 }, messageId: 'schema', path: ['scheduler-role'] },
  ],
});

describe('schedulerExpressionProblem', () => {
  it.each([
    ['rate(5 minutes)', undefined],
    ['cron(0 8 ? * MON-FRI *)', undefined],
    ['at(2027-01-01T09:00:00)', undefined],
    ['at(2027-01-01 09:00)', 'write a one-time schedule as "at(yyyy-mm-ddThh:mm:ss)"'],
    ['at(2027-13-01T09:00:00)', '"2027-13-01T09:00:00" is not a date and time'],
    ['daily', 'expected "rate(N unit)", "cron(six fields)" or "at(yyyy-mm-ddThh:mm:ss)"'],
    ['rate(1 minutes)', 'write "rate(1 minute)" (singular for 1)'],
  ])('%s', (expr, why) => {
    expect(schedulerExpressionProblem(expr)).toBe(why);
  });
});
